using Gist.Telegram.Receiving;
using Gist.Core.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using Microsoft.Extensions.Hosting;

namespace Gist.Telegram.Operations;

public static class OperationsHostingExtensions
{
    /// <summary>Instance identity, /healthz, /readyz and /metrics on the bot's HTTP listener.</summary>
    public static IHostApplicationBuilder AddGistOperations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OperationsOptions>()
            .Bind(builder.Configuration.GetSection(OperationsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ReadinessProbe>();
        builder.Services.AddSingleton<IListenerRoutes, HealthRoutes>();

        // Metrics: the OpenTelemetry SDK collects the "Gist" meter; /metrics pulls a collection on each scrape.
        builder.Services.AddSingleton<MetricsScrape>();
        builder.Services.AddSingleton<IListenerRoutes, MetricsRoutes>();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(GistMetrics.MeterName)
            .AddReader(sp => sp.GetRequiredService<MetricsScrape>().Reader));
        return builder;
    }
}
