using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gist.Telegram.Operations;

public static class OperationsHostingExtensions
{
    /// <summary>Instance identity, /healthz and /readyz on the bot's HTTP listener.</summary>
    public static IHostApplicationBuilder AddGistOperations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OperationsOptions>()
            .Bind(builder.Configuration.GetSection(OperationsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ReadinessProbe>();
        builder.Services.AddSingleton<IListenerRoutes, HealthRoutes>();
        return builder;
    }
}
