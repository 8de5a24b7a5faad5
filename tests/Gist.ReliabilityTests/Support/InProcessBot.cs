using Gist.Core.Storage;
using Gist.HostTesting;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gist.ReliabilityTests.Support;

/// <summary>
/// The real host in-process for the reliability tests (see <see cref="InProcessGist"/>), with fast settings for
/// retries and re-runs and every log line, down to Trace, captured.
/// </summary>
public sealed class InProcessBot : InProcessGist
{
    public const string ApiKey = "sk-reliability-0123456789-secret";

    // Rate limits out of the way: these tests send bursts on purpose (the access tests set their own).
    private static readonly Dictionary<string, string?> Defaults = new()
    {
        ["Access:BurstMessages"] = "1000",
        ["Access:MessagesPerMinute"] = "10000",
    };

    private InProcessBot((IHost Host, LogCapture Logs) started, string folder)
        : base(started.Host, started.Logs, folder)
    {
    }

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
        var store = Service<IModelRerunStore>();
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
        return new InProcessBot(await StartHostAsync(telegram, folder, LogLevel.Trace, Defaults, settings), folder);
    }
}
