using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gist.Input;

public static class InputHostingExtensions
{
    /// <summary>Pasted text: the cleaner (read-also tails, tag and share lines cut; date and source kept as metadata) and the article factory.</summary>
    public static IHostApplicationBuilder AddGistInput(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<PastedTextCleaner>();
        builder.Services.AddSingleton<PastedArticleFactory>();
        return builder;
    }
}
