using Gist.Hosting;
using Gist.MiniApp;
using Gist.Telegram;
using Gist.Telegram.Digests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Gist.Cli;

/// <summary><c>gist bot</c>: the Telegram bot, until SIGTERM/Ctrl+C; in-flight work drains within the shutdown timeout.</summary>
public static class BotVerb
{
    public static async Task<int> RunAsync()
    {
        var builder = GistHost.CreateBuilder(logToStandardError: false);
        builder.Services.AddOptions<ShutdownOptions>()
            .Bind(builder.Configuration.GetSection(ShutdownOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // Reading the value validates it: a bad Host__ShutdownTimeoutSeconds stops the start with a message naming it.
        builder.Services.AddOptions<HostOptions>()
            .Configure<IOptions<ShutdownOptions>>((host, shutdown) => host.ShutdownTimeout = TimeSpan.FromSeconds(shutdown.Value.ShutdownTimeoutSeconds));
        builder.AddGistPipeline();
        builder.AddGistTelegram();
        builder.AddGistDigests();
        builder.AddGistMiniApp();
        using var host = builder.Build();
        await host.RunAsync();
        return 0;
    }
}
