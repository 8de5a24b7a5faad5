using Gist.Hosting;
using Gist.Telegram;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gist.ReliabilityTests.Support;

/// <summary>
/// The real host (the same registration as <c>gist bot</c>) in-process against the fakes, with a real SQLite file
/// in a temporary folder, fast test settings for retries and re-runs, and every log line captured.
/// </summary>
public sealed class InProcessBot : IAsyncDisposable
{
    public const string ApiKey = "sk-reliability-0123456789-secret";

    private InProcessBot(IHost host, LogCapture logs, string folder)
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

    /// <summary>Model settings pointing at the fake server, with quick retries so fault tests stay short.</summary>
    public static Dictionary<string, string?> Model(FakeOpenAiServer model) => new()
    {
        ["Llm:Provider"] = "openai",
        ["Llm:Endpoint"] = model.OpenAiEndpoint,
        ["Llm:ApiKey"] = ApiKey,
        ["Llm:Model"] = "gpt-test",
        ["Llm:Resilience:BaseDelaySeconds"] = "0.05",
        ["Llm:Resilience:MaxDelaySeconds"] = "2",
        ["Llm:Resilience:AttemptTimeoutSeconds"] = "1.5",
        ["Llm:Resilience:OverallTimeoutSeconds"] = "20",
        ["Llm:Resilience:RerunDelaySeconds"] = "0.5",
        ["Llm:Resilience:RerunPollSeconds"] = "0.2",
    };

    /// <summary>Waits until no model re-run is queued (every offline reply replaced or given up).</summary>
    public async Task WaitForRerunsAsync(TimeSpan timeout)
    {
        var store = Service<Gist.Storage.Reliability.IModelRerunStore>();
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (await store.CountAsync(CancellationToken.None) > 0)
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"model re-runs still queued after {timeout}");
            }

            await Task.Delay(50);
        }
    }

    public static async Task<InProcessBot> StartAsync(FakeBotApiServer telegram, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var folder = Directory.CreateTempSubdirectory("gist-rel-").FullName;
        var overrides = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = telegram.Token,
            ["Telegram:ApiBaseUrl"] = telegram.BaseUrl,
            ["Telegram:PollingTimeoutSeconds"] = "1",
            ["Storage:Path"] = Path.Combine(folder, "gist.db"),
            ["Llm:Provider"] = "offline",
            ["Access:BurstMessages"] = "1000",
            ["Access:MessagesPerMinute"] = "10000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        var builder = GistHost.CreateBuilder(logToStandardError: false, overrides);
        var logs = new LogCapture();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(logs);
        builder.AddGistPipeline();
        builder.AddGistTelegram();
        var host = builder.Build();
        await host.StartAsync();
        return new InProcessBot(host, logs, folder);
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
