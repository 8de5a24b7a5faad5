using Gist.Core.Storage;
using Gist.ReliabilityTests.Support;
using Gist.Rendering;
using Gist.Telegram.Processing;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;

namespace Gist.ReliabilityTests;

/// <summary>Telegram failing: blocked and missing chats stop the work, polling backs off and recovers, retries end in a reply.</summary>
public sealed class TelegramFaultTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(40);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_blocked_or_missing_chat_stops_the_work_for_its_update_while_other_chats_are_answered(bool blocked)
    {
        await using var server = await FakeOpenAiServer.StartAsync(new ArticleModel().RespondAsync);
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await InProcessBot.StartAsync(telegram, InProcessBot.Model(server));
        var gone = FakeUser.Create(701, "Gone");
        var alice = FakeUser.Create(702, "Alice");
        if (blocked)
        {
            telegram.State.MarkBlocked(gone.Id);
        }
        else
        {
            telegram.State.MarkChatNotFound(gone.Id);
        }

        telegram.Updates.EnqueueText(gone, ModelFaultTests.Unique(Fixture.Read("seed-000.txt"), 701));
        telegram.Updates.EnqueueText(alice, ModelFaultTests.Unique(Fixture.Read("seed-000.txt"), 702));
        await telegram.State.WaitForAsync(s => Replies.IsAnswered(s, alice.Id), Timeout);
        await WaitForInboxAsync(bot, failed: 1, done: 1);
        await Task.Delay(1500); // a retry would come after 1 s

        // One refused call for that chat, no retry, no "sorry" attempt, and no model call spent on it.
        var calls = telegram.State.Requests.Where(r => r.ChatId == gone.Id).ToList();
        Assert.Single(calls);
        Assert.Equal(blocked ? 403 : 400, calls[0].StatusCode);
        Assert.Equal(1, server.RequestCount);
        Assert.Equal(1, Replies.SummaryCount(telegram.State, alice.Id));
    }

    [Fact]
    public async Task Polling_backs_off_on_getUpdates_5xx_and_bad_gateway_then_recovers_without_losing_updates()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        var faults = new Queue<FakeFault>([FakeFault.InternalServerError, FakeFault.BadGateway, FakeFault.InternalServerError]);
        var gate = new Lock();
        telegram.FaultInjector = method =>
        {
            lock (gate)
            {
                return method == "getUpdates" && faults.Count > 0 ? faults.Dequeue() : null;
            }
        };
        var alice = FakeUser.Create(703);
        telegram.Updates.EnqueueText(alice, Fixture.Read("seed-000.txt"));
        await using var bot = await InProcessBot.StartAsync(telegram);

        await telegram.State.WaitForAsync(s => Replies.IsAnswered(s, alice.Id), Timeout);

        var polls = telegram.State.RequestsFor("getUpdates").Take(4).ToList();
        Assert.Equal([500, 502, 500, 200], polls.Select(p => p.StatusCode));

        // 1 s, then 2 s, then 4 s between the failed calls (doubling), within scheduling slack.
        Assert.InRange(polls[1].Time - polls[0].Time, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(3));
        Assert.InRange(polls[2].Time - polls[1].Time, TimeSpan.FromSeconds(1.9), TimeSpan.FromSeconds(5));
        Assert.InRange(polls[3].Time - polls[2].Time, TimeSpan.FromSeconds(3.9), TimeSpan.FromSeconds(8));
        Assert.Equal(1, Replies.SummaryCount(telegram.State, alice.Id));
    }

    [Fact]
    public async Task When_telegram_keeps_failing_until_the_retries_are_spent_the_user_still_gets_a_clear_reply()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        telegram.FaultInjector = FakeFaultPlan.Next("sendMessage", UpdateDispatcher.MaxAttempts, FakeFault.InternalServerError);
        await using var bot = await InProcessBot.StartAsync(telegram);
        var alice = FakeUser.Create(704);

        telegram.Updates.EnqueueText(alice, Fixture.Read("seed-000.txt"));
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Count > 0, TimeSpan.FromSeconds(60));
        await WaitForInboxAsync(bot, failed: 0, done: 1);

        // The fake records a request after answering it: wait for the record to catch up, then make sure it stops there.
        await telegram.State.WaitForAsync(s => s.RequestsFor("sendMessage").Count(r => r.ChatId == alice.Id) == UpdateDispatcher.MaxAttempts + 1, Timeout);
        await Task.Delay(500);
        Assert.Equal(UpdateDispatcher.MaxAttempts + 1, telegram.State.RequestsFor("sendMessage").Count(r => r.ChatId == alice.Id));
        Assert.Equal([UpdateDispatcher.GiveUpText], telegram.State.Messages(alice.Id).Select(m => m.Text));
    }

    [Fact]
    public async Task An_update_retried_after_a_transient_telegram_error_is_charged_to_the_daily_quota_once()
    {
        await using var server = await FakeOpenAiServer.StartAsync(new ArticleModel().RespondAsync);
        await using var telegram = await FakeBotApiServer.StartAsync();
        telegram.FaultInjector = FakeFaultPlan.Next("sendMessage", 2, FakeFault.BadGateway);
        var settings = InProcessBot.Model(server);
        settings["Access:DailyModelCalls"] = "1";
        await using var bot = await InProcessBot.StartAsync(telegram, settings);
        var alice = FakeUser.Create(705);

        telegram.Updates.EnqueueText(alice, Fixture.Read("seed-000.txt"));
        await telegram.State.WaitForAsync(s => Replies.IsAnswered(s, alice.Id), Timeout);

        // Three attempts at the same update (two failed placeholders), one charge: the summary, not "quota reached".
        await telegram.State.WaitForAsync(s => s.RequestsFor("sendMessage").Count(r => r.ChatId == alice.Id) >= 3, Timeout);
        Assert.Equal(3, telegram.State.RequestsFor("sendMessage").Count(r => r.ChatId == alice.Id));
        Assert.Contains(ArticleModel.Headline, Replies.Text(telegram.State, alice.Id), StringComparison.Ordinal);
        await WaitForInboxAsync(bot, failed: 0, done: 1);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal(1, await bot.Service<IUsageStore>().GetModelCallsAsync(alice.Id, today, CancellationToken.None));
    }

    [Fact]
    public async Task An_update_retried_after_the_model_answered_is_charged_once_and_not_refused_at_the_limit()
    {
        await using var server = await FakeOpenAiServer.StartAsync(new ArticleModel().RespondAsync);
        await using var telegram = await FakeBotApiServer.StartAsync();
        telegram.FaultInjector = FakeFaultPlan.Next("editMessageText", 2, FakeFault.BadGateway);
        var settings = InProcessBot.Model(server);
        settings["Access:DailyModelCalls"] = "1";
        await using var bot = await InProcessBot.StartAsync(telegram, settings);
        var alice = FakeUser.Create(706);

        telegram.Updates.EnqueueText(alice, Fixture.Read("seed-000.txt"));
        await telegram.State.WaitForAsync(s => Replies.IsAnswered(s, alice.Id), Timeout);
        await WaitForInboxAsync(bot, failed: 0, done: 1);

        // The first attempt called the model and was charged (the whole quota); the retries found the summary in
        // the cache and were let through as the same, already paid-for update.
        Assert.Equal(1, server.RequestCount);
        // Two edits failed, so the update was handled at least twice more after the model call.
        Assert.True(telegram.State.RequestsFor("editMessageText").Count(r => r.ChatId == alice.Id) >= 3);
        Assert.DoesNotContain(telegram.State.Messages(alice.Id), m => m.Text == StatusMessages.DailyQuotaReached(1));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal(1, await bot.Service<IUsageStore>().GetModelCallsAsync(alice.Id, today, CancellationToken.None));
    }

    private static async Task WaitForInboxAsync(InProcessBot bot, int failed, int done)
    {
        var inbox = bot.Service<Gist.Core.Storage.IUpdateInbox>();
        var deadline = DateTimeOffset.UtcNow + Timeout;
        while (await inbox.CountAsync(CancellationToken.None) is var counts && (counts.Failed != failed || counts.Done != done))
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"inbox: {counts}");
            await Task.Delay(50);
        }
    }
}
