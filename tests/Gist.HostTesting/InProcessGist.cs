using Gist.Hosting;
using Gist.Telegram;
using Gist.Testing.BotApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gist.HostTesting;

/// <summary>
/// The real host (the same registration as <c>gist bot</c>) in-process against the fake Bot API (and, when the
/// settings say so, the fake model server), with a real SQLite file in a temporary folder and every log line
/// captured. Test projects derive their own runner with the settings they need.
/// </summary>
public class InProcessGist : IAsyncDisposable
{
    protected InProcessGist(IHost host, LogCapture logs, string folder)
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

    /// <summary>
    /// Builds and starts the host: the fake Bot API, a SQLite file in <paramref name="folder"/>, the offline engine,
    /// then <paramref name="defaults"/> and <paramref name="settings"/> on top (later keys win).
    /// </summary>
    protected static async Task<(IHost Host, LogCapture Logs)> StartHostAsync(
        FakeBotApiServer telegram,
        string folder,
        LogLevel minimumLevel,
        params IReadOnlyDictionary<string, string?>?[] layers)
    {
        var overrides = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = telegram.Token,
            ["Telegram:ApiBaseUrl"] = telegram.BaseUrl,
            ["Telegram:PollingTimeoutSeconds"] = "1",
            ["Storage:Path"] = Path.Combine(folder, "gist.db"),
            ["Llm:Provider"] = "offline",
        };
        foreach (var layer in layers)
        {
            foreach (var (key, value) in layer ?? new Dictionary<string, string?>())
            {
                overrides[key] = value;
            }
        }

        var builder = GistHost.CreateBuilder(logToStandardError: false, overrides);
        var logs = new LogCapture();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(minimumLevel);
        builder.Logging.AddProvider(logs);
        builder.AddGistPipeline();
        builder.AddGistTelegram();
        var host = builder.Build();
        await host.StartAsync();
        return (host, logs);
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

        GC.SuppressFinalize(this);
    }
}
