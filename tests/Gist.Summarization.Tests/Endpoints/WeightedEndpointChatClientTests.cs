using Gist.Summarization.Llm.Endpoints;
using Gist.Testing.OpenAi;
using Microsoft.Extensions.AI;

namespace Gist.Summarization.Tests.Endpoints;

/// <summary>Several deployments through the real OpenAI and Azure OpenAI clients, against fake servers.</summary>
public sealed class WeightedEndpointChatClientTests
{
    [Fact]
    public async Task Calls_are_spread_by_weight_and_a_standby_gets_none_while_the_others_answer()
    {
        await using var deployments = await Deployments.StartAsync(3);
        using var client = deployments.Router([3, 1, 0]);

        for (var i = 0; i < 40; i++)
        {
            await Deployments.AskAsync(client);
        }

        Assert.Equal([30, 10, 0], deployments.Counts());
    }

    [Fact]
    public async Task A_503_moves_the_call_to_the_next_deployment_and_the_failing_one_rests()
    {
        await using var deployments = await Deployments.StartAsync(2);
        deployments.Fault(0, FakeChatReply.ServiceUnavailable);
        using var client = deployments.Router([1, 1]);

        var answers = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add(await Deployments.AskAsync(client));
        }

        Assert.All(answers, a => Assert.Equal("answer from d1", a));
        Assert.Equal([1, 6], deployments.Counts());
    }

    [Fact]
    public async Task A_429_with_Retry_After_is_skipped_until_then_and_used_again_afterwards()
    {
        await using var deployments = await Deployments.StartAsync(2);
        var limited = true;
        deployments.Fault(0, () => limited ? FakeChatReply.TooManyRequests(TimeSpan.FromSeconds(30), includeRetryAfterMs: false) : null);
        using var client = deployments.Router([1, 0]);

        Assert.Equal("answer from d1", await Deployments.AskAsync(client));
        limited = false;
        deployments.Clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal("answer from d1", await Deployments.AskAsync(client));
        Assert.Equal([1, 2], deployments.Counts());

        deployments.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("answer from d0", await Deployments.AskAsync(client));
        Assert.Equal("answer from d0", await Deployments.AskAsync(client));
        Assert.Equal([3, 2], deployments.Counts());
    }

    [Fact]
    public async Task Azure_retry_after_ms_is_honoured_too()
    {
        await using var deployments = await Deployments.StartAsync(2);
        var limited = true;
        deployments.Fault(1, () => limited ? FakeChatReply.TooManyRequests(TimeSpan.FromSeconds(3)) : null);
        using var client = deployments.Router([0, 1]);

        Assert.Equal("answer from d0", await Deployments.AskAsync(client));
        limited = false;
        deployments.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("answer from d0", await Deployments.AskAsync(client));
        deployments.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("answer from d1", await Deployments.AskAsync(client));
    }

    [Fact]
    public async Task A_deployment_that_hangs_past_the_attempt_timeout_gives_way_to_the_next()
    {
        await using var deployments = await Deployments.StartAsync(2);
        deployments.Fault(0, FakeChatReply.Hang);
        using var client = deployments.Router([1, 0], attemptTimeout: TimeSpan.FromSeconds(3));

        Assert.Equal("answer from d1", await Deployments.AskAsync(client));
    }

    [Fact]
    public async Task A_failing_deployment_comes_back_after_its_cooldown_once_it_answers()
    {
        await using var deployments = await Deployments.StartAsync(2);
        var failing = true;
        deployments.Fault(0, () => failing ? FakeChatReply.ServerError() : null);
        using var client = deployments.Router([1, 0]);

        Assert.Equal("answer from d1", await Deployments.AskAsync(client));
        failing = false;
        deployments.Clock.Advance(TimeSpan.FromSeconds(6));

        Assert.Equal("answer from d0", await Deployments.AskAsync(client));
    }

    [Fact]
    public async Task When_every_deployment_fails_the_error_names_each_with_its_problem_and_when_it_is_back()
    {
        await using var deployments = await Deployments.StartAsync(2);
        deployments.Fault(0, FakeChatReply.ServiceUnavailable);
        deployments.Fault(1, () => FakeChatReply.TooManyRequests(TimeSpan.FromSeconds(20), includeRetryAfterMs: false));
        using var client = deployments.Router([1, 1]);

        var error = await Assert.ThrowsAsync<ModelEndpointsUnavailableException>(() => Deployments.AskAsync(client));

        Assert.Contains("All 2 model deployments are unavailable", error.Message, StringComparison.Ordinal);
        Assert.Contains("d0 (HTTP 503, back in 5 s)", error.Message, StringComparison.Ordinal);
        Assert.Contains("d1 (HTTP 429, back in 20 s)", error.Message, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(5), error.RetryAfter);

        // Both rest now: the next call is refused at once, without a request.
        await Assert.ThrowsAsync<ModelEndpointsUnavailableException>(() => Deployments.AskAsync(client));
        Assert.Equal([1, 1], deployments.Counts());
    }

    [Fact]
    public async Task A_bad_request_is_not_moved_to_another_deployment()
    {
        await using var deployments = await Deployments.StartAsync(2);
        deployments.Fault(0, () => FakeChatReply.Error(400, "This model's maximum context length is exceeded.", "context_length_exceeded"));
        using var client = deployments.Router([1, 0]);

        await Assert.ThrowsAsync<System.ClientModel.ClientResultException>(() => Deployments.AskAsync(client));
        Assert.Equal([1, 0], deployments.Counts());
    }

    [Fact]
    public async Task A_streamed_call_moves_on_before_its_first_update()
    {
        await using var deployments = await Deployments.StartAsync(2);
        deployments.Fault(0, FakeChatReply.ServiceUnavailable);
        using var client = deployments.Router([1, 0]);

        var text = "";
        await foreach (var update in ((IChatClient)client).GetStreamingResponseAsync("hello"))
        {
            text += update.Text;
        }

        Assert.Equal("answer from d1", text);
    }
}
