using System.Globalization;
using Gist.Core.Digests;
using Gist.Core.Storage;
using Gist.Hosting;
using Gist.IntegrationTests.Digests;
using Gist.Telegram;
using Gist.Telegram.Digests;
using Gist.Testing.BotApi;
using Gist.Testing.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Gist.IntegrationTests.Instances;

/// <summary>
/// Two instances of the bot (the real host, in-process) on one PostgreSQL database broadcast digests to 180 chats
/// while users write, against the fake Bot API enforcing Telegram's limits: the limits hold for the bot as a whole
/// (no 429, a chat's messages a second apart but for one send that arrives late), the broadcast still uses most of the 30 a second, and the users'
/// replies are not queued behind it.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoInstancesBroadcastTests(PostgresCluster cluster, ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [RequiresPostgresFact]
    public async Task Two_instances_broadcasting_keep_the_bots_limits_and_answer_users_during_the_broadcast()
    {
        string database = await cluster.CreateDatabaseAsync();
        await using var telegram = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { EnforceRateLimits = true });
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = telegram.Token,
            ["Telegram:ApiBaseUrl"] = telegram.BaseUrl,
            ["Llm:Provider"] = "offline",
            ["Storage:Provider"] = "postgres",
            ["Storage:ConnectionString"] = database,
            ["Digests:Tick"] = "00:00:01",
            ["Digests:ClaimBatch"] = "60",
            ["Telegram:PollingTimeoutSeconds"] = "1",
        };
        IHost[] instances = await Task.WhenAll(StartAsync(settings), StartAsync(settings));
        using IHost first = instances[0];
        using IHost second = instances[1];
        var chats = Enumerable.Range(1, 180).Select(i => 50_000L + i).ToList();
        await SubscribeAllDueAsync(first, chats);

        await telegram.State.WaitForAsync(s => chats.Count(c => s.Messages(c).Count > 0) >= 30, Timeout);
        FakeUser[] users = [.. Enumerable.Range(0, 3).Select(i => FakeUser.Create(901 + i, "Reader" + i))];
        var written = DateTimeOffset.UtcNow;
        foreach (FakeUser user in users)
        {
            for (int i = 0; i < 3; i++)
            {
                telegram.Updates.EnqueueText(user, "/frobnicate");
            }
        }

        await telegram.State.WaitForAsync(s => users.All(u => s.Messages(u.Id).Count > 0), Timeout);
        var firstReply = DateTimeOffset.UtcNow - written;
        int digestsBeforeTheReplies = chats.Count(c => telegram.State.Messages(c).Count > 0);
        await telegram.State.WaitForAsync(s => chats.All(c => s.Messages(c).Count > 0) && users.All(u => s.Messages(u.Id).Count >= 3), Timeout);

        var sent = telegram.State.RequestsFor("sendMessage").Where(r => r.Succeeded).ToList();
        var digests = sent.Where(r => chats.Contains(r.ChatId ?? 0)).OrderBy(r => r.Time).ToList();
        double seconds = (digests[^1].Time - digests[0].Time).TotalSeconds;
        // Every message in the broadcast's span counts toward the bot's rate: the digests and the replies among them.
        int inSpan = sent.Count(r => r.Time >= digests[0].Time && r.Time <= digests[^1].Time);
        double perSecond = (inSpan - 1) / seconds;
        List<double> gaps = [.. sent.GroupBy(r => r.ChatId).Where(g => g.Count() > 1)
            .SelectMany(g => g.OrderBy(r => r.Time).Zip(g.OrderBy(r => r.Time).Skip(1), (a, b) => (b.Time - a.Time).TotalSeconds))];
        double closest = gaps.Min();
        int closePairs = gaps.Count(g => g < 0.95);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{digests.Count} digests and {inSpan - digests.Count} replies in {seconds:F2} s = {perSecond:F1} messages/s; 429s: {telegram.State.TooManyRequestsCount}; closest two messages to one chat: {closest:F3} s ({closePairs} of {gaps.Count} pairs under 0.95 s); " +
            $"first reply after {firstReply.TotalSeconds:F2} s, when {digestsBeforeTheReplies} of {chats.Count} digests were out"));

        await Task.WhenAll(first.StopAsync(), second.StopAsync());
        Assert.Equal(0, telegram.State.TooManyRequestsCount);
        Assert.Equal(chats.Count, digests.Count);
        // The floor proves the two instances share one budget rather than splitting or starving it. Over a 7-second
        // window of in-process hosts on a CI machine whose other tests run alongside, 26.0–29.3 a second were measured;
        // the sustained ≥ 27 a second is held by DigestAcrossInstancesTests (70 s, real processes) and the fanout benchmark.
        Assert.True(perSecond >= 24, $"the bot sent {perSecond:F1} messages a second during the broadcast");
        // The slots are 1 s apart on the database's clock; the fake sees a request when it arrives, so one send held up
        // after its slot (a starved thread on a loaded machine: 0.306 s apart was seen once in CI) can land close to the
        // next. An unthrottled bot sends a chat's replies milliseconds apart, every pair.
        Assert.True(closest >= 0.25, $"two messages to one chat {closest:F3} s apart");
        Assert.True(closePairs <= 1, $"{closePairs} of {gaps.Count} pairs of messages to one chat under 0.95 s apart");
        Assert.True(digestsBeforeTheReplies < chats.Count * 3 / 4, $"the replies came after {digestsBeforeTheReplies} of {chats.Count} digests");
    }

    /// <summary>The bot's real registration (pipeline, Telegram, digests), started, as one instance of the bot.</summary>
    private static async Task<IHost> StartAsync(Dictionary<string, string?> settings)
    {
        var builder = GistHost.CreateBuilder(logToStandardError: false, settings);
        builder.Logging.ClearProviders();
        builder.AddGistPipeline();
        builder.AddGistTelegram();
        builder.AddGistDigests();
        IHost host = builder.Build();
        await host.StartAsync();
        return host;
    }

    /// <summary>Each chat follows one feed with one fresh item and is due a minute ago.</summary>
    private static async Task SubscribeAllDueAsync(IHost bot, IReadOnlyList<long> chats)
    {
        var now = DateTimeOffset.UtcNow;
        var feeds = bot.Services.GetRequiredService<IFeedStore>();
        var feed = await feeds.GetOrAddAsync("https://wire.example/rss", "Wire", null, now, default);
        await feeds.AddItemsAsync(feed.Id, [NewsItems.Unrelated(1, now.AddHours(-1))], now, default);
        foreach (var chat in chats)
        {
            await bot.Services.GetRequiredService<ISubscriptionStore>().AddAsync(chat, feed.Id, now, default);
            await bot.Services.GetRequiredService<ISubscriberStore>().SaveAsync(new Subscriber(chat, "UTC", new TimeOnly(now.AddMinutes(-1).Hour, now.AddMinutes(-1).Minute), now.AddMinutes(-1), null, null, false), default);
        }
    }
}
