using System.Diagnostics;
using Gist.Core.Digests;
using Gist.Core.Storage;
using Gist.IntegrationTests.Digests;
using Gist.Storage;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;
using Gist.Testing.Postgres;
using Gist.Testing.Processes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace Gist.IntegrationTests.Instances.Processes;

/// <summary>
/// Three real <c>gist bot</c> processes on one PostgreSQL database broadcast the digests of 2,000 subscribers (one
/// message each) through one fake Bot API enforcing Telegram's flood limits; one process is SIGKILLed mid-broadcast.
/// The rule under test (README, "Running several instances"): a digest message is sent at most once; one whose request
/// was cut off by the kill is settled as uncertain, not sent again, and counted on the digest's record. So: nobody
/// gets a digest twice, a subscriber without one is among those reported uncertain, everyone else gets exactly one,
/// at ≥ 27 messages a second in total and without a single 429.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DigestAcrossInstancesTests(PostgresCluster cluster, ITestOutputHelper output)
{
    private const int Subscribers = 2_000;
    private const long FirstChat = 900_001;
    private const int KillAfter = 700;

    // Per instance, DigestScheduler delivers 8 subscribers at once: at most that many sends are cut off by one kill.
    private const int MaxCutOff = 8;
    private const double MinRate = 27;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(150);

    [RequiresPostgresFact]
    public async Task Each_subscriber_gets_at_most_one_digest_only_an_uncertain_one_is_missing_and_the_rate_holds_when_an_instance_is_killed()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using var model = await FakeOpenAiServer.StartAsync();
        await using var telegram = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { EnforceRateLimits = true });
        var shared = GistEnvironment.For(telegram, model).Postgres(database)
            .Set("Llm__Provider", "offline")
            .Set("Digests__Tick", "00:00:01")
            .Set("Digests__ClaimLease", "00:00:10")
            .Set("Digests__ClaimBatch", "50");
        await using var instances = await GistInstances.StartAsync(3, shared, TimeSpan.FromSeconds(60));
        await using var storage = Storage(database);
        var chats = Enumerable.Range(0, Subscribers).Select(i => FirstChat + i).ToArray();

        var clock = Stopwatch.StartNew();
        var localDate = await SubscribeAllDueAsync(storage, database);
        await telegram.State.WaitForAsync(s => s.SentMessageCount >= KillAfter, Timeout);
        var killed = instances.All[1];
        killed.Kill();
        var sentAtKill = telegram.State.SentMessageCount;
        var sent = await WaitForEveryDigestAsync(telegram, storage, chats, localDate, instances);

        var messages = chats.ToDictionary(c => c, c => telegram.State.Messages(c).Count);
        var uncertain = sent.Where(s => s.UncertainParts > 0).Select(s => s.ChatId).ToHashSet();
        var delivered = telegram.State.Requests.Where(r => r.Method == "sendMessage" && r.Succeeded).Select(r => r.Time).Order().ToList();
        var rate = (delivered.Count - 1) / (delivered[^1] - delivered[0]).TotalSeconds;
        output.WriteLine($"{Subscribers} digests on 3 instances, {killed.Name} killed after {sentAtKill} messages; " +
            $"{delivered.Count} messages in {(delivered[^1] - delivered[0]).TotalSeconds:F1} s = {rate:F1}/s (all done {clock.Elapsed.TotalSeconds:F0} s after subscribing); " +
            $"429s: {telegram.State.TooManyRequestsCount}; uncertain: {uncertain.Count} " +
            $"({uncertain.Count(c => messages[c] == 1)} arrived, {uncertain.Count(c => messages[c] == 0)} lost): [{string.Join(", ", uncertain)}]");

        Assert.True(sentAtKill < Subscribers, "the kill came after the broadcast");
        Assert.True(killed.HasExited);
        Assert.Equal(Subscribers, sent.Count);
        Assert.All(chats, c => Assert.True(messages[c] <= 1, $"chat {c} got {messages[c]} digests"));
        Assert.All(chats.Where(c => !uncertain.Contains(c)), c => Assert.Equal(1, messages[c]));
        Assert.True(uncertain.Count <= MaxCutOff, $"{uncertain.Count} uncertain digests from one kill");
        Assert.Equal(0, telegram.State.TooManyRequestsCount);
        Assert.True(rate >= MinRate, $"{rate:F1} messages a second in total");
    }

    /// <summary>Each chat follows one feed with one fresh item and is due a minute ago; returns the digests' local date.</summary>
    private static async Task<DateOnly> SubscribeAllDueAsync(ServiceProvider storage, string database)
    {
        var now = DateTimeOffset.UtcNow;
        var due = now.AddMinutes(-1);
        var feeds = storage.GetRequiredService<IFeedStore>();
        var feed = await feeds.GetOrAddAsync("http://127.0.0.1:1/wire.xml", "Wire", null, now, default);
        await feeds.AddItemsAsync(feed.Id, [NewsItems.Unrelated(1, now.AddHours(-1))], now, default);
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand("""
            INSERT INTO subscriptions (chat_id, feed_id, created_at) SELECT @first + g, @feed, @now FROM generate_series(0, @count - 1) g;
            INSERT INTO subscribers (chat_id, time_zone, digest_time, next_digest_at, include_reading, updated_at)
            SELECT @first + g, 'UTC', @time, @due, FALSE, @now FROM generate_series(0, @count - 1) g;
            """, connection);
        insert.Parameters.AddWithValue("first", FirstChat);
        insert.Parameters.AddWithValue("feed", feed.Id);
        insert.Parameters.AddWithValue("count", Subscribers);
        insert.Parameters.AddWithValue("now", now.UtcDateTime);
        insert.Parameters.AddWithValue("due", due.UtcDateTime);
        insert.Parameters.AddWithValue("time", new TimeOnly(due.Hour, due.Minute));
        await insert.ExecuteNonQueryAsync();
        return DateOnly.FromDateTime(due.UtcDateTime);
    }

    /// <summary>Waits until every chat has its message, but for a few whose digest is on record (finished with an uncertain one); returns every record.</summary>
    private async Task<IReadOnlyList<SentDigest>> WaitForEveryDigestAsync(
        FakeBotApiServer telegram, ServiceProvider storage, long[] chats, DateOnly localDate, GistInstances instances)
    {
        var store = storage.GetRequiredService<ISubscriberStore>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Timeout)
        {
            var missing = chats.Where(c => telegram.State.Messages(c).Count == 0).ToList();
            if (missing.Count <= MaxCutOff && (await Task.WhenAll(missing.Select(c => store.GetSentAsync(c, localDate, default)))).All(s => s is not null))
            {
                await Task.Delay(TimeSpan.FromSeconds(2)); // a repeat would show up here, and the last records commit
                var records = await Task.WhenAll(chats.Select(c => store.GetSentAsync(c, localDate, default)));
                return [.. records.OfType<SentDigest>()];
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        output.WriteLine($"{chats.Count(c => telegram.State.Messages(c).Count == 0)} chats without a digest\n{instances.LogTails()}");
        throw new TimeoutException($"the broadcast did not finish within {Timeout}");
    }

    /// <summary>The stores over the test's database, as a process of the bot has them.</summary>
    private static ServiceProvider Storage(string database) => new ServiceCollection()
        .AddLogging()
        .AddGistStorage(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:ConnectionString"] = database,
        }).Build())
        .BuildServiceProvider();
}
