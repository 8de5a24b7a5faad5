using Gist.Hosting;
using Gist.Telegram;
using Gist.Telegram.Digests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gist.Cli;

/// <summary><c>gist bot</c>: the Telegram bot, until SIGTERM/Ctrl+C; in-flight work drains within the shutdown timeout.</summary>
public static class BotVerb
{
    public static async Task<int> RunAsync()
    {
        var builder = GistHost.CreateBuilder(logToStandardError: false);
        builder.Services.Configure<HostOptions>(o =>
            o.ShutdownTimeout = TimeSpan.FromSeconds(builder.Configuration.GetValue("Host:ShutdownTimeoutSeconds", 30)));
        builder.AddGistPipeline();
        builder.AddGistTelegram();
        builder.AddGistDigests();
        using var host = builder.Build();
        await host.RunAsync();
        return 0;
    }
}
