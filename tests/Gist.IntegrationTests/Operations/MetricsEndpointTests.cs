using System.Globalization;
using System.Text.RegularExpressions;
using Gist.Core.Storage;
using Gist.IntegrationTests.Support;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;

namespace Gist.IntegrationTests.Operations;

/// <summary>
/// /metrics through the real host, after real traffic from the fake Bot API (and the fake model). The meter is
/// process-wide and tests run side by side, so figures are checked as "at least" what this test caused.
/// </summary>
public sealed partial class MetricsEndpointTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The value of the first series named <paramref name="series"/> whose labels contain every one of <paramref name="labels"/>.</summary>
    private static double? Value(string exposition, string series, params string[] labels) =>
        SeriesLine().Matches(exposition)
            .Where(m => m.Groups["name"].Value == series && labels.All(l => m.Groups["labels"].Value.Contains(l, StringComparison.Ordinal)))
            .Select(m => (double?)double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture))
            .FirstOrDefault();

    /// <summary>Until the update is recorded answered (the reply goes out just before the inbox row is marked).</summary>
    private static async Task AnsweredAsync(GistBot bot)
    {
        var inbox = bot.Service<IUpdateInbox>();
        var deadline = DateTime.UtcNow + Timeout;
        while ((await inbox.CountAsync(CancellationToken.None)).Done < 1)
        {
            Assert.True(DateTime.UtcNow < deadline, "The update was never recorded as answered.");
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task After_one_answered_message_the_counters_show_it_in_prometheus_text_with_the_instance()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        var port = ListenerPorts.Free();
        await using var bot = await GistBot.StartAsync(telegram, new Dictionary<string, string?>
        {
            ["Telegram:WebhookListenUrl"] = $"http://127.0.0.1:{port}",
            ["Operations:InstanceId"] = "metrics-1",
        });
        var alice = FakeUser.Create(301, "Alice");

        telegram.Updates.EnqueueText(alice, Fixture.Read("seed-000.txt"));
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.ButtonTexts.Count > 0), Timeout);
        await AnsweredAsync(bot);

        using var response = await Http.GetAsync(new Uri($"http://127.0.0.1:{port}/metrics"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("# TYPE gist_updates_received_total counter", text, StringComparison.Ordinal);
        Assert.True(Value(text, "gist_updates_received_total", "gist_instance=\"metrics-1\"") >= 1, text);
        Assert.True(Value(text, "gist_updates_processed_total", "outcome=\"answered\"") >= 1, text);
        Assert.True(Value(text, "gist_update_duration_seconds_count", "outcome=\"answered\"") >= 1, text);
        Assert.True(Value(text, "gist_update_duration_seconds_bucket", "outcome=\"answered\"", "le=\"+Inf\"") >= 1, text);
        Assert.True(Value(text, "gist_telegram_messages_total", "priority=\"interactive\"") >= 1, text);
        Assert.NotNull(Value(text, "gist_inbox_pending", "gist_instance=\"metrics-1\""));
    }

    [Fact]
    public async Task Model_calls_are_counted_per_deployment_and_outcome_when_one_deployment_fails_over()
    {
        var script = new ScriptedModel();
        await using var east = await FakeOpenAiServer.StartAsync((_, _) => Task.FromResult(FakeChatReply.ServiceUnavailable()));
        await using var west = await FakeOpenAiServer.StartAsync(script.RespondAsync);
        await using var telegram = await FakeBotApiServer.StartAsync();
        var port = ListenerPorts.Free();
        await using var bot = await GistBot.StartAsync(telegram, new Dictionary<string, string?>
        {
            ["Telegram:WebhookListenUrl"] = $"http://127.0.0.1:{port}",
            ["Llm:Provider"] = "openai",
            ["Llm:Model"] = "gpt-test",
            ["Llm:ApiKey"] = ModelSettings.ApiKey,
            ["Llm:Endpoints:0:Name"] = "metrics-east",
            ["Llm:Endpoints:0:Endpoint"] = east.OpenAiEndpoint,
            ["Llm:Endpoints:0:Weight"] = "9",
            ["Llm:Endpoints:1:Name"] = "metrics-west",
            ["Llm:Endpoints:1:Endpoint"] = west.OpenAiEndpoint,
        });
        var alice = FakeUser.Create(302, "Alice");

        telegram.Updates.EnqueueText(alice, Fixture.Read("seed-002.txt"));
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.ButtonTexts.Count > 0), Timeout);
        using var response = await Http.GetAsync(new Uri($"http://127.0.0.1:{port}/metrics"));
        var text = await response.Content.ReadAsStringAsync();

        // The heavier deployment failed once and rests; the other answered, and the reply is the model's.
        Assert.Contains(script.Headline, string.Join('\n', telegram.State.Messages(alice.Id).Select(m => m.Text)), StringComparison.Ordinal);
        Assert.Equal(1, east.RequestCount);
        Assert.Equal(1, Value(text, "gist_model_calls_total", "deployment=\"metrics-east\"", "outcome=\"5xx\""));
        Assert.True(Value(text, "gist_model_calls_total", "deployment=\"metrics-west\"", "outcome=\"ok\"") >= 1, text);
        Assert.True(Value(text, "gist_model_duration_seconds_count", "deployment=\"metrics-west\"") >= 1, text);
        Assert.Contains("metrics-east failed (HTTP 503)", bot.Logs.All, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)\{(?<labels>[^}]*)\} (?<value>\S+)$", RegexOptions.Multiline)]
    private static partial Regex SeriesLine();
}
