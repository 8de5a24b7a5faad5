using Gist.ReliabilityTests.Support;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;
using Xunit.Abstractions;

namespace Gist.ReliabilityTests;

/// <summary>The model provider failing: retries, Retry-After, no SDK retries stacked, offline fallback, re-run in place.</summary>
public sealed class ModelFaultTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Under_30_percent_model_faults_and_polling_5xx_every_request_is_answered_exactly_once()
    {
        const int Requests = 30;
        var model = new ArticleModel();
        var faults = new ModelFaults(0.3, seed: 5);
        model.Fault = faults.Next;
        await using var server = await FakeOpenAiServer.StartAsync(model.RespondAsync);
        await using var telegram = await FakeBotApiServer.StartAsync();
        telegram.FaultInjector = FakeFaultPlan.Random(0.3, seed: 7, [FakeFault.InternalServerError, FakeFault.BadGateway], "getUpdates");
        await using var bot = await InProcessBot.StartAsync(telegram, InProcessBot.Model(server));

        var users = Enumerable.Range(0, Requests).Select(i => FakeUser.Create(50_000 + i, $"User{i}")).ToList();
        var article = Fixture.Read("seed-000.txt");
        foreach (var (user, i) in users.Select((u, i) => (u, i)))
        {
            // In waves, so that polling meets its faults many times.
            telegram.Updates.EnqueueText(user, Unique(article, i));
            if (i % 3 == 2)
            {
                await Task.Delay(250);
            }
        }

        await telegram.State.WaitForAsync(s => users.All(u => Replies.IsAnswered(s, u.Id)), TimeSpan.FromSeconds(120));

        // Replies answered offline during the faults are re-run with the model and replaced in place.
        await telegram.State.WaitForAsync(
            s => users.All(u => Replies.Text(s, u.Id).Contains(ArticleModel.Headline, StringComparison.Ordinal)), TimeSpan.FromSeconds(60));

        // A re-run edits several messages one call at a time: the record is read once every re-run has finished
        // (queue empty), so what is asserted is the chat as it stays, not a re-run caught half-way.
        await bot.WaitForRerunsAsync(TimeSpan.FromSeconds(60));
        var duplicates = users.Count(u => Replies.SummaryCount(telegram.State, u.Id) > 1);
        var lost = users.Count(u => !Replies.IsAnswered(telegram.State, u.Id));
        var byModel = users.Count(u => Replies.Text(telegram.State, u.Id).Contains(ArticleModel.Headline, StringComparison.Ordinal));
        output.WriteLine($"requests {Requests}, model calls {server.RequestCount}, model faults injected {faults.Injected}, " +
            $"Telegram faults injected {telegram.State.FaultsInjected}, answered {Requests - lost}, by the model after re-runs {byModel}, duplicates {duplicates}, lost {lost}");
        foreach (var user in users.Where(u => Replies.SummaryCount(telegram.State, u.Id) > 1))
        {
            output.WriteLine($"duplicate in {user.Id}: " + string.Join(" | ", telegram.State.Messages(user.Id).Select(m => $"#{m.MessageId} edits {m.EditCount} buttons {m.ButtonTexts.Count}: {m.Text[..Math.Min(30, m.Text.Length)]}")));
        }

        foreach (var reason in users.SelectMany(u => telegram.State.Messages(u.Id)).Select(m => m.Text).SelectMany(t => t.Split('\n')).Where(l => l.StartsWith("Why:", StringComparison.Ordinal)).Distinct())
        {
            output.WriteLine(reason);
        }

        Assert.True(faults.Injected > 0 && telegram.State.FaultsInjected > 0, "the run injected no faults");
        Assert.Equal(0, lost);
        Assert.Equal(0, duplicates);
        Assert.Equal(Requests, users.Sum(u => Replies.SummaryCount(telegram.State, u.Id)));
    }

    /// <summary>The article with one sentence of its own, so each request is a distinct article (no cache hits).</summary>
    public static string Unique(string article, int n)
    {
        var firstBreak = article.IndexOf('\n', StringComparison.Ordinal);
        return article[..firstBreak] + $"\nوقال المراسل في التقرير رقم {n} إن الاجتماع استمر ساعتين كاملتين.\n" + article[(firstBreak + 1)..];
    }

    [Fact]
    public async Task A_429_is_retried_after_the_retry_after_ms_the_provider_asked_for()
    {
        var model = new ArticleModel();
        var first = 0;
        model.Fault = _ => Interlocked.Increment(ref first) == 1 ? FakeChatReply.TooManyRequests(TimeSpan.FromMilliseconds(900)) : null;
        await using var server = await FakeOpenAiServer.StartAsync(model.RespondAsync);
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await InProcessBot.StartAsync(telegram, InProcessBot.Model(server));
        var alice = FakeUser.Create(301);

        telegram.Updates.EnqueueText(alice, Fixture.Read("seed-000.txt"));
        await telegram.State.WaitForAsync(s => Replies.IsAnswered(s, alice.Id), Timeout);

        // Two calls: the 429 and the retry. The SDK did not retry on its own, and the wait was the provider's,
        // not the 50 ms base backoff.
        Assert.Equal(2, server.RequestCount);
        var gap = server.Requests[1].ReceivedAt - server.Requests[0].ReceivedAt;
        Assert.InRange(gap, TimeSpan.FromMilliseconds(850), TimeSpan.FromSeconds(5));
        Assert.Contains(ArticleModel.Headline, Replies.Text(telegram.State, alice.Id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_model_is_tried_once_plus_the_configured_retries_then_answered_offline_and_labelled()
    {
        var model = new ArticleModel { Fault = _ => FakeChatReply.ServerError() };
        await using var server = await FakeOpenAiServer.StartAsync(model.RespondAsync);
        await using var telegram = await FakeBotApiServer.StartAsync();
        var settings = InProcessBot.Model(server);
        settings["Llm:Resilience:MaxRetries"] = "2";
        settings["Llm:Resilience:RerunFallbacks"] = "false";
        await using var bot = await InProcessBot.StartAsync(telegram, settings);
        var alice = FakeUser.Create(302);

        telegram.Updates.EnqueueText(alice, Fixture.Read("seed-000.txt"));
        await telegram.State.WaitForAsync(s => Replies.IsAnswered(s, alice.Id), Timeout);

        Assert.Equal(3, server.RequestCount);
        Assert.Contains("word-for-word extract", Replies.Text(telegram.State, alice.Id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hanging_model_is_cut_off_by_the_attempt_timeout_and_the_user_still_gets_an_answer()
    {
        var model = new ArticleModel { Fault = _ => FakeChatReply.Hang() };
        await using var server = await FakeOpenAiServer.StartAsync(model.RespondAsync);
        await using var telegram = await FakeBotApiServer.StartAsync();
        var settings = InProcessBot.Model(server);
        settings["Llm:Resilience:MaxRetries"] = "1";
        settings["Llm:Resilience:AttemptTimeoutSeconds"] = "0.5";
        settings["Llm:Resilience:RerunFallbacks"] = "false";
        await using var bot = await InProcessBot.StartAsync(telegram, settings);
        var alice = FakeUser.Create(303);

        var started = DateTimeOffset.UtcNow;
        telegram.Updates.EnqueueText(alice, Fixture.Read("seed-002.txt"));
        await telegram.State.WaitForAsync(s => Replies.IsAnswered(s, alice.Id), Timeout);

        Assert.Equal(2, server.RequestCount);
        Assert.True(DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(15));
        // The reason is the operator's (in the log); the reader is told in their own terms.
        Assert.Contains("took too long", bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("took too long", Replies.Text(telegram.State, alice.Id), StringComparison.Ordinal);
        Assert.Contains("word-for-word extract", Replies.Text(telegram.State, alice.Id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_transient_outage_the_offline_reply_is_replaced_in_place_by_the_models()
    {
        var model = new ArticleModel();
        var down = true;
        model.Fault = _ => Volatile.Read(ref down) ? FakeChatReply.ServiceUnavailable() : null;
        await using var server = await FakeOpenAiServer.StartAsync(model.RespondAsync);
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await InProcessBot.StartAsync(telegram, InProcessBot.Model(server));
        var alice = FakeUser.Create(304);

        telegram.Updates.EnqueueText(alice, Fixture.Read("seed-000.txt"));
        await telegram.State.WaitForAsync(s => Replies.IsAnswered(s, alice.Id), Timeout);
        var offline = telegram.State.Messages(alice.Id)[0];
        Assert.Contains("word-for-word extract", offline.Text, StringComparison.Ordinal);
        // The messages the offline reply holds (the fake stores a message before it records the request, so the
        // chat, not the request log, is read here).
        var before = telegram.State.Messages(alice.Id).Select(m => m.MessageId).ToHashSet();

        Volatile.Write(ref down, false);
        await telegram.State.WaitForAsync(
            s => s.Messages(alice.Id).Any(m => m.Text.Contains(ArticleModel.Headline, StringComparison.Ordinal)), Timeout);

        var replaced = telegram.State.Message(alice.Id, offline.MessageId)!;
        Assert.Contains(ArticleModel.Headline, replaced.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("word-for-word extract", Replies.Text(telegram.State, alice.Id), StringComparison.Ordinal);
        Assert.Equal(["Full translation"], replaced.ButtonTexts);
        await bot.WaitForRerunsAsync(Timeout);
        Assert.Subset(before, telegram.State.Messages(alice.Id).Select(m => m.MessageId).ToHashSet());
        Assert.Equal(1, Replies.SummaryCount(telegram.State, alice.Id));
    }
}
