using Gist.Core.Digests;
using Gist.IntegrationTests.Support;
using Gist.Telegram.Digests;
using Gist.Testing.BotApi;
using Gist.Core.Storage;

namespace Gist.IntegrationTests.Digests;

/// <summary>
/// Scheduled digests against the fake Bot API enforcing Telegram's flood limits (30 a second in total, one a second
/// per chat): the throttle keeps a broadcast under them, a 429 is honoured, a chat that blocked the bot is paused.
/// </summary>
public sealed class BroadcastDeliveryTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly TempDataFolder data = new("gist-broadcast-");

    private string Folder => data.Path;

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task A_broadcast_gets_no_429_and_a_subscriber_who_blocked_the_bot_is_paused_not_retried()
    {
        await using var telegram = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { EnforceRateLimits = true });
        using var host = await DigestHost.CreateAsync(telegram, Folder, TimeProvider.System);
        var chats = Enumerable.Range(1, 80).Select(i => 10_000L + i).ToList();
        var blocked = chats[17];
        telegram.State.MarkBlocked(blocked);
        await SubscribeAllDueAsync(host, chats);

        Assert.Equal(chats.Count, await host.Scheduler.TickAsync(default));

        Assert.Equal(0, telegram.State.TooManyRequestsCount);
        foreach (var chat in chats.Where(c => c != blocked))
        {
            Assert.Single(telegram.State.Messages(chat));
        }

        Assert.Single(telegram.State.RequestsFor("sendMessage"), r => r.ChatId == blocked);
        Assert.Equal(DigestDelivery.BlockedReason, (await host.Get<ISubscriberStore>().GetAsync(blocked, default))!.PausedReason);
        // Paused: not claimed again, however often the scheduler looks.
        var later = await host.Get<ISubscriberStore>().GetAsync(blocked, default);
        await host.Get<ISubscriberStore>().SaveAsync(later! with { NextDigestAt = DateTimeOffset.UtcNow.AddMinutes(-1) }, default);
        Assert.Equal(0, await host.Scheduler.TickAsync(default));
        Assert.Single(telegram.State.RequestsFor("sendMessage"), r => r.ChatId == blocked);
    }

    [Fact]
    public async Task A_429_from_Telegram_is_waited_out_and_the_digest_still_goes_once()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        telegram.FaultInjector = FakeFaultPlan.Next("sendMessage", 1, FakeFault.TooManyRequests(1));
        using var host = await DigestHost.CreateAsync(telegram, Folder, TimeProvider.System);
        var chats = new List<long> { 20_001, 20_002, 20_003 };
        await SubscribeAllDueAsync(host, chats);

        await host.Scheduler.TickAsync(default);

        Assert.Equal(1, telegram.State.TooManyRequestsCount);
        Assert.Equal(chats.Count + 1, telegram.State.CallCount("sendMessage"));
        var refused = telegram.State.RequestsFor("sendMessage").First(r => r.StatusCode == 429);
        var retried = telegram.State.RequestsFor("sendMessage").First(r => r.Succeeded && r.ChatId == refused.ChatId);
        Assert.True(retried.Time - refused.Time >= TimeSpan.FromSeconds(0.9), $"retried after {retried.Time - refused.Time}");
        Assert.All(chats, chat => Assert.Single(telegram.State.Messages(chat)));
    }

    [Fact]
    public async Task A_pasted_article_during_a_broadcast_is_answered_before_the_broadcast_ends()
    {
        await using var telegram = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { EnforceRateLimits = true });
        var chats = Enumerable.Range(1, 240).Select(i => 30_000L + i).ToList();
        using (var setup = await DigestHost.CreateAsync(telegram, Folder, TimeProvider.System))
        {
            await SubscribeAllDueAsync(setup, chats);
        }

        // The real bot: the scheduler starts the broadcast (about 9 s at Telegram's rate) as soon as the host starts.
        using var bot = await DigestHost.CreateAsync(telegram, Folder, TimeProvider.System, new Dictionary<string, string?>
        {
            ["Digests:Tick"] = "00:01:00",
            ["Telegram:PollingTimeoutSeconds"] = "1",
        });
        await bot.Host.StartAsync();
        await telegram.State.WaitForAsync(s => s.SentMessageCount >= 30, Timeout);
        var alice = FakeUser.Create(777, "Alice");
        telegram.Updates.EnqueueText(alice, Fixture.Read("seed-000.txt"));

        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.ButtonTexts.Count > 0), Timeout);
        var digestsSentBeforeTheAnswer = chats.Count(c => telegram.State.Messages(c).Count > 0);
        await telegram.State.WaitForAsync(s => chats.All(c => s.Messages(c).Count == 1), Timeout);

        await bot.Host.StopAsync();
        Assert.True(digestsSentBeforeTheAnswer < chats.Count * 3 / 4, $"the answer came after {digestsSentBeforeTheAnswer} of {chats.Count} digests");
        Assert.Equal(0, telegram.State.TooManyRequestsCount);
    }

    /// <summary>Each chat follows one feed with one fresh item and is due a minute ago.</summary>
    internal static async Task SubscribeAllDueAsync(DigestHost host, IReadOnlyList<long> chats)
    {
        var now = DateTimeOffset.UtcNow;
        var feeds = host.Get<IFeedStore>();
        var feed = await feeds.GetOrAddAsync("https://wire.example/rss", "Wire", null, now, default);
        await feeds.AddItemsAsync(feed.Id, [NewsItems.Unrelated(1, now.AddHours(-1))], now, default);
        var subscribers = host.Get<ISubscriberStore>();
        foreach (var chat in chats)
        {
            await host.Get<ISubscriptionStore>().AddAsync(chat, feed.Id, now, default);
            await subscribers.SaveAsync(new Subscriber(chat, "UTC", new TimeOnly(now.AddMinutes(-1).Hour, now.AddMinutes(-1).Minute), now.AddMinutes(-1), null, null, false), default);
        }
    }
}
