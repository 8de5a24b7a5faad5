using Gist.ReliabilityTests.Support;
using Gist.Summarization;
using Gist.Summarization.Llm;
using Gist.Summarization.Llm.Resilience;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Polly.CircuitBreaker;

namespace Gist.ReliabilityTests;

/// <summary>The per-update meter of model requests that decides whether an update is charged to the daily quota.</summary>
public sealed class ModelCallMeterTests
{
    private static readonly ChatMessage[] Prompt = [new(ChatRole.User, "Summarize this.")];

    [Fact]
    public async Task Requests_through_the_metering_client_count_in_the_open_meter()
    {
        var client = new MeteringChatClient(ScriptedChatClient.Answering("ok"));

        using var meter = ModelCallMeter.Start();
        await client.GetResponseAsync(Prompt);
        await foreach (var _ in client.GetStreamingResponseAsync(Prompt))
        {
        }

        Assert.Equal(2, meter.Requests);
    }

    [Fact]
    public async Task A_request_that_fails_still_counts_because_it_was_sent()
    {
        var client = new MeteringChatClient(new ScriptedChatClient(_ => throw new HttpRequestException("connection reset")));

        using var meter = ModelCallMeter.Start();
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetResponseAsync(Prompt));

        Assert.Equal(1, meter.Requests);
    }

    [Fact]
    public async Task Outside_a_measurement_a_model_request_counts_nowhere()
    {
        var client = new MeteringChatClient(ScriptedChatClient.Answering("ok"));

        await client.GetResponseAsync(Prompt);

        Assert.Null(ModelCallMeter.Current);
        using var meter = ModelCallMeter.Start();
        Assert.Equal(0, meter.Requests);
    }

    [Fact]
    public async Task Updates_handled_at_the_same_time_each_count_only_their_own_requests()
    {
        var client = new MeteringChatClient(new ScriptedChatClient(async token =>
        {
            await Task.Delay(20, token);
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok"));
        }));

        var counts = await Task.WhenAll(Enumerable.Range(1, 4).Select(calls => Task.Run(async () =>
        {
            using var meter = ModelCallMeter.Start();
            for (var i = 0; i < calls; i++)
            {
                await client.GetResponseAsync(Prompt);
            }

            return meter.Requests;
        })));

        Assert.Equal([1, 2, 3, 4], counts);
    }

    [Fact]
    public async Task Ending_a_measurement_gives_the_flow_back_to_the_outer_one()
    {
        var client = new MeteringChatClient(ScriptedChatClient.Answering("ok"));
        using var outer = ModelCallMeter.Start();

        using (var inner = ModelCallMeter.Start())
        {
            await client.GetResponseAsync(Prompt);
            Assert.Equal(1, inner.Requests);
        }

        await client.GetResponseAsync(Prompt);
        Assert.Same(outer, ModelCallMeter.Current);
        Assert.Equal(1, outer.Requests);
    }

    [Fact]
    public async Task Every_attempt_the_resilience_layer_sends_counts()
    {
        var attempts = 0;
        var failing = new ScriptedChatClient(_ => ++attempts < 3
            ? throw new HttpRequestException("connection reset")
            : Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok"))));
        var client = Resilient(new MeteringChatClient(failing), new ModelResilienceOptions { MaxRetries = 3, BaseDelaySeconds = 0.001 });

        using var meter = ModelCallMeter.Start();
        await client.GetResponseAsync(Prompt);

        Assert.Equal(3, meter.Requests);
    }

    [Fact]
    public async Task A_call_the_open_circuit_breaker_rejects_never_reached_the_model_and_counts_nothing()
    {
        var client = Resilient(
            new MeteringChatClient(new ScriptedChatClient(_ => throw new HttpRequestException("connection refused"))),
            new ModelResilienceOptions { MaxRetries = 0, CircuitMinimumThroughput = 2, CircuitFailureRatio = 0.5, CircuitBreakSeconds = 60 });
        for (var i = 0; i < 2; i++)
        {
            await Assert.ThrowsAsync<HttpRequestException>(() => client.GetResponseAsync(Prompt));
        }

        using var meter = ModelCallMeter.Start();
        await Assert.ThrowsAsync<BrokenCircuitException>(() => client.GetResponseAsync(Prompt));

        Assert.Equal(0, meter.Requests);
    }

    [Fact]
    public async Task A_caller_that_joins_a_model_call_already_running_for_the_same_article_is_not_counted()
    {
        // SummarizationPipeline's SingleFlight: the call runs in the flow of the caller that started it.
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var client = new MeteringChatClient(new ScriptedChatClient(async _ =>
        {
            await release.Task;
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok"));
        }));
        var flights = new SingleFlight<string>();
        async Task<string> Work(CancellationToken token) => (await client.GetResponseAsync(Prompt, cancellationToken: token)).Text;

        using var first = ModelCallMeter.Start();
        var firstAnswer = flights.RunAsync("summary:same-article", Work, CancellationToken.None);
        var (second, secondAnswer) = await Task.Run(() =>
        {
            var meter = ModelCallMeter.Start();
            return (meter, flights.RunAsync("summary:same-article", Work, CancellationToken.None));
        });
        release.SetResult();

        Assert.Equal("ok", await firstAnswer);
        Assert.Equal("ok", await secondAnswer);
        Assert.Equal(1, first.Requests);
        Assert.Equal(0, second.Requests);
        second.Dispose();
    }

    private static ResilientChatClient Resilient(IChatClient inner, ModelResilienceOptions options) =>
        new(inner, options, TimeSpan.FromSeconds(5), NullLogger.Instance);
}
