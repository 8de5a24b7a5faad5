using System.Diagnostics;
using Gist.Core.Digests;
using Gist.Core.Storage;
using Gist.IntegrationTests.Digests;
using Gist.IntegrationTests.Support;
using Gist.Testing.BotApi;
using Gist.Testing.Postgres;

namespace Gist.IntegrationTests.Instances;

/// <summary>
/// Two instances (the real registration, in-process) on one PostgreSQL database, one delivering a digest that takes
/// longer than the claim lease (several messages at one every 5 s to the same chat): the instance renews its claim,
/// so the other, ticking all the while, never takes the subscriber, and each message goes out once.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoInstancesDigestLeaseTests(PostgresCluster cluster) : IDisposable
{
    private const long Chat = 71_001;
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(10);
    private readonly TempDataFolder data = new("gist-lease-");

    public void Dispose() => data.Dispose();

    [RequiresPostgresFact]
    public async Task A_delivery_slower_than_the_lease_keeps_its_claim_and_the_other_instance_takes_nothing()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:ConnectionString"] = await cluster.CreateDatabaseAsync(),
            ["Digests:ClaimLease"] = Lease.ToString(),
            ["Throttle:PrivateChatInterval"] = "00:00:05",
        };
        using var first = await DigestHost.CreateAsync(telegram, data.Path, TimeProvider.System, settings);
        using var second = await DigestHost.CreateAsync(telegram, data.Path, TimeProvider.System, settings);
        await SubscribeDueAsync(first, items: 60);

        var clock = Stopwatch.StartNew();
        var delivering = first.Scheduler.TickAsync(default);
        var takenBySecond = 0;
        while (!delivering.IsCompleted)
        {
            takenBySecond += await second.Scheduler.TickAsync(default);
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        Assert.Equal(1, await delivering);
        var elapsed = clock.Elapsed;
        var localDate = DateOnly.FromDateTime(DateTime.UtcNow.AddMinutes(-1));
        var sent = await first.Get<ISubscriberStore>().GetSentAsync(Chat, localDate, default);
        var messages = telegram.State.Messages(Chat);
        Assert.True(elapsed > Lease * 1.2, $"the delivery took {elapsed}, not longer than the {Lease} lease");
        Assert.Equal(0, takenBySecond);
        Assert.NotNull(sent);
        Assert.True(sent.Messages >= 3, $"{sent.Messages} messages");
        Assert.Equal((sent.Messages, 0), (messages.Count, sent.UncertainParts));
        Assert.Equal(messages.Count, messages.Select(m => m.RawText).Distinct().Count());
    }

    private static async Task SubscribeDueAsync(DigestHost host, int items)
    {
        var now = DateTimeOffset.UtcNow;
        var feeds = host.Get<IFeedStore>();
        var feed = await feeds.GetOrAddAsync("https://wire.example/rss", "Wire", null, now, default);
        await feeds.AddItemsAsync(feed.Id, [.. Enumerable.Range(0, items).Select(i => NewsItems.Unrelated(i, now.AddMinutes(-i)))], now, default);
        await host.Get<ISubscriptionStore>().AddAsync(Chat, feed.Id, now, default);
        var due = now.AddMinutes(-1);
        await host.Get<ISubscriberStore>().SaveAsync(new Subscriber(Chat, "UTC", new TimeOnly(due.Hour, due.Minute), due, null, null, false), default);
    }
}
