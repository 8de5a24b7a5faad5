using System.Diagnostics;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Gist.Testing.Tests.BotApi;

public sealed class GetUpdatesTests : BotApiFixture
{
    [Fact]
    public async Task GetMe_returns_the_bot_user()
    {
        var me = await Bot.GetMe();

        Assert.True(me.IsBot);
        Assert.Equal(Server.Bot.Username, me.Username);
        Assert.Equal(Server.Bot.Id, me.Id);
    }

    [Fact]
    public async Task Wrong_token_is_refused_with_401_Unauthorized()
    {
        var stranger = CreateClient("42:not-the-token");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => stranger.GetMe());

        Assert.Equal(401, error.ErrorCode);
        Assert.Equal("Unauthorized", error.Message);
    }

    [Fact]
    public async Task Offset_confirms_updates_and_removes_them_for_good()
    {
        var first = Server.Updates.EnqueueText(Alice, "one");
        Server.Updates.EnqueueText(Alice, "two");
        var third = Server.Updates.EnqueueText(Alice, "three");

        var updates = await Bot.GetUpdates();
        Assert.Equal(["one", "two", "three"], updates.Select(u => u.Message!.Text));
        Assert.Equal(first.UpdateId, updates[0].Id);
        Assert.True(updates[1].Id > updates[0].Id && updates[2].Id > updates[1].Id);

        var again = await Bot.GetUpdates(offset: (int)third.UpdateId + 1);
        Assert.Empty(again);
        Assert.Equal(0, Server.State.PendingUpdates);
        Assert.Equal(third.UpdateId + 1, Server.State.ConfirmedOffset);
        Assert.Empty(await Bot.GetUpdates());
    }

    [Fact]
    public async Task Unconfirmed_updates_are_delivered_again()
    {
        var update = Server.Updates.EnqueueText(Alice, "hello");

        var first = await Bot.GetUpdates();
        var second = await Bot.GetUpdates(offset: (int)update.UpdateId);

        Assert.Single(first);
        Assert.Equal(update.UpdateId, Assert.Single(second).Id);
    }

    [Fact]
    public async Task Limit_caps_the_batch_and_offset_moves_through_the_queue()
    {
        for (var i = 0; i < 5; i++)
        {
            Server.Updates.EnqueueText(Alice, $"m{i}");
        }

        var batch = await Bot.GetUpdates(limit: 2);
        var next = await Bot.GetUpdates(offset: batch[^1].Id + 1, limit: 2);

        Assert.Equal(["m0", "m1"], batch.Select(u => u.Message!.Text));
        Assert.Equal(["m2", "m3"], next.Select(u => u.Message!.Text));
        Assert.Equal(3, Server.State.PendingUpdates);
    }

    [Fact]
    public async Task Long_poll_waits_for_the_timeout_when_nothing_is_queued()
    {
        var clock = Stopwatch.StartNew();

        var updates = await Bot.GetUpdates(timeout: 1);

        Assert.Empty(updates);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(900), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Long_poll_returns_as_soon_as_an_update_arrives()
    {
        var clock = Stopwatch.StartNew();
        var poll = Bot.GetUpdates(timeout: 30);
        await Server.State.WaitForAsync(s => s.IsPolling, TimeSpan.FromSeconds(5));
        Server.Updates.EnqueueText(Alice, "late");

        var updates = await poll;

        Assert.Equal("late", Assert.Single(updates).Message!.Text);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_newer_getUpdates_ends_the_older_one_with_409_Conflict()
    {
        var older = Bot.GetUpdates(timeout: 30);
        await Server.State.WaitForAsync(s => s.IsPolling, TimeSpan.FromSeconds(5));

        var newer = Bot.GetUpdates(timeout: 0);

        Assert.Empty(await newer);
        var conflict = await Assert.ThrowsAsync<ApiRequestException>(() => older);
        Assert.Equal(409, conflict.ErrorCode);
        Assert.Contains("terminated by other getUpdates request", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redelivered_update_comes_back_with_the_same_id_after_confirmation()
    {
        var update = Server.Updates.EnqueueText(Alice, "only once please");
        var delivered = await Bot.GetUpdates();
        Assert.Empty(await Bot.GetUpdates(offset: delivered[^1].Id + 1));

        Server.Updates.Redeliver(update.UpdateId);
        var redelivered = await Bot.GetUpdates(offset: delivered[^1].Id + 1);

        Assert.Equal(update.UpdateId, Assert.Single(redelivered).Id);
        Assert.Empty(await Bot.GetUpdates(offset: delivered[^1].Id + 1));
    }

    [Fact]
    public async Task A_raw_update_keeps_its_update_id_or_gets_the_next_one()
    {
        var withoutId = Server.EnqueueRawUpdate(
            """{"message":{"message_id":5,"date":1700000000,"chat":{"id":77,"type":"private","first_name":"Bo"},"text":"raw"}}""");
        Server.EnqueueRawUpdate(
            """{"update_id":900000000,"message":{"message_id":6,"date":1700000000,"chat":{"id":77,"type":"private","first_name":"Bo"},"text":"explicit"}}""");

        var updates = await Bot.GetUpdates();

        Assert.Equal([withoutId, 900000000L], updates.Select(u => (long)u.Id));
        Assert.Equal(["raw", "explicit"], updates.Select(u => u.Message!.Text));
    }

    [Fact]
    public async Task DeleteWebhook_with_drop_pending_updates_forgets_the_queue()
    {
        Server.Updates.EnqueueText(Alice, "will be dropped");

        await Bot.DeleteWebhook(dropPendingUpdates: true);

        Assert.Equal(0, Server.State.PendingUpdates);
        Assert.Empty(await Bot.GetUpdates());
    }
}
