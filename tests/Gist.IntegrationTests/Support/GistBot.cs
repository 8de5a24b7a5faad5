using Gist.Hosting;
using Gist.Telegram;
using Gist.Testing.BotApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gist.IntegrationTests.Support;

/// <summary>
/// The real host (the same registration as <c>gist bot</c>) in-process, against the fake Bot API, an optional
/// fake model server and a real SQLite file in a temporary folder.
/// </summary>
public sealed class GistBot : IAsyncDisposable
{
    private GistBot(IHost host, LogCapture logs, string folder)
    {
        Host = host;
        Logs = logs;
        Folder = folder;
    }

    public IHost Host { get; }

    public LogCapture Logs { get; }

    public string Folder { get; }

    public T Service<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    public static async Task<GistBot> StartAsync(FakeBotApiServer telegram, IReadOnlyDictionary<string, string?>? settings = null, string? folder = null)
    {
        folder ??= Directory.CreateTempSubdirectory("gist-it-").FullName;
        var overrides = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = telegram.Token,
            ["Telegram:ApiBaseUrl"] = telegram.BaseUrl,
            ["Telegram:PollingTimeoutSeconds"] = "1",
            ["Storage:Path"] = Path.Combine(folder, "gist.db"),
            ["Llm:Provider"] = "offline",
            ["Fetch:AllowPrivateNetworks"] = "true",
            ["Fetch:AllowedPorts:0"] = "80",
            ["Fetch:AllowedPorts:1"] = "443",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        var builder = GistHost.CreateBuilder(logToStandardError: false, overrides);
        var logs = new LogCapture();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddProvider(logs);
        builder.AddGistPipeline();
        builder.AddGistTelegram();
        var host = builder.Build();
        await host.StartAsync();
        return new GistBot(host, logs, folder);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync(TimeSpan.FromSeconds(10));
        Host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
