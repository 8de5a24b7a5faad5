using Gist.Core.Articles;
using Gist.Core.Digests;
using Gist.Core.Storage;
using Gist.Storage.Copy;
using Gist.Storage.Tests.Contract;

namespace Gist.Storage.Tests.Postgres;

/// <summary>gist storage copy: a real SQLite file, filled through the stores, copied into a database of the test cluster.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StorageCopyTests(PostgresCluster cluster) : IUsesPostgres, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateOnly Day = new(2024, 3, 1);
    private readonly SqliteStoreProvider sqlite = new();
    private PostgresStoreProvider? postgres;

    public async Task InitializeAsync() => postgres = new PostgresStoreProvider(await cluster.CreateDatabaseAsync());

    public async Task DisposeAsync()
    {
        await sqlite.DisposeAsync();
        if (postgres is not null)
        {
            await postgres.DisposeAsync();
        }
    }

    [StoreFact]
    public async Task Every_table_is_copied_once_and_a_second_run_adds_nothing()
    {
        (long articleId, long feedId, long subscriptionId) = await FillAsync();
        var output = new StringWriter();

        IReadOnlyList<TableCopyCount> first = await new StorageCopy(sqlite.FilePath, postgres!.ConnectionString, output).RunAsync(None);
        IReadOnlyList<TableCopyCount> second = await new StorageCopy(sqlite.FilePath, postgres.ConnectionString, output).RunAsync(None);

        Assert.All(first, count => Assert.Equal(count.Read, count.Added));
        Assert.Equal(first.Select(c => (c.Table, c.Read)), second.Select(c => (c.Table, c.Read)));
        Assert.All(second, count => Assert.Equal(0, count.Added));
        foreach (string table in new[] { "articles", "message_articles", "feeds", "feed_items", "subscriptions", "subscribers", "digests", "chat_settings", "usage", "user_quotas", "results", "inbox" })
        {
            Assert.True(first.Single(c => c.Table == table).Read > 0, $"{table} had no rows to copy");
        }

        Assert.Contains("subscriptions: 1 read, 1 added", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("subscriptions: 1 read, 0 added", output.ToString(), StringComparison.Ordinal);
        await AssertCopiedAsync(await postgres.OpenAsync(), articleId, feedId, subscriptionId);
    }

    private async Task<(long Article, long Feed, long Subscription)> FillAsync()
    {
        StoreSet stores = await sqlite.OpenAsync();
        DateTimeOffset now = sqlite.Time.GetUtcNow();
        long article = await stores.Articles.SaveAsync(new Article { Text = "نص المقال.", Title = "عنوان", Published = new DateTimeOffset(2023, 11, 9, 10, 0, 0, TimeSpan.FromHours(3)), IsPartial = true }, None);
        await stores.Articles.LinkMessageAsync(7, 55, article, None);
        await stores.ArticleReplies.SaveHeadlineAsync(article, "en", "Headline", None);
        await stores.ArticleReplies.SaveTranslationMessageAsync(7, article, "en", 56, None);
        await stores.ChatSettings.SaveAsync(new ChatSettings(7, "fr"), None);
        await stores.Charges.ChargeAsync(1000, 7, Day, None);
        await stores.Quotas.SetAsync(7, 50, None);
        await stores.Results.SetAsync("sha:1|v1|m|en", """{"headline":"h"}""", None);
        FeedRecord feed = await stores.Feeds.GetOrAddAsync("https://example.com/rss", "Example", null, now, None);
        await stores.Feeds.AddItemsAsync(feed.Id, [new NewFeedItem("g1", "https://example.com/1", "h1", "One", "Text one", true, now.AddHours(-1))], now, None);
        (Subscription subscription, _) = await stores.Subscriptions.AddAsync(7, feed.Id, now, None);
        await stores.Subscriptions.SetFiltersAsync(7, subscription.Id, "korea", "sport", None);
        await stores.Subscribers.SaveAsync(new Subscriber(7, "Asia/Riyadh", new TimeOnly(8, 30), now.AddHours(20), null, null, true), None);
        await stores.PendingDigests.BeginAsync(7, Day, now, ["<b>part</b>"], now, None);
        await stores.PendingDigests.MarkPartSentAsync(7, Day, 0, 900, now, None);
        await stores.Subscribers.RecordSentAsync(7, Day.AddDays(-1), now.AddDays(-1), 2, now.AddHours(20), now, None);
        // A digest whose first message was cut off mid-send (settled as uncertain), as an instance's death leaves it.
        // Chat 8's digest stays pending; chat 9's is then finished, its record counting the uncertain message.
        foreach (long chat in new long[] { 8, 9 })
        {
            await stores.Subscribers.SaveAsync(new Subscriber(chat, "UTC", new TimeOnly(8, 0), now.AddMinutes(-1), null, null, false), None);
        }

        Assert.Equal(2, (await stores.Subscribers.ClaimDueAsync(now, now.AddMinutes(10), 10, "gist-1", None)).Count);
        foreach (long chat in new long[] { 8, 9 })
        {
            await stores.PendingDigests.BeginAsync(chat, Day, now, ["one", "two"], now, None);
            Assert.True(await stores.PendingDigests.BeginPartAsync(chat, Day, 0, "gist-1", now, None));
            Assert.True(await stores.PendingDigests.SettleUncertainPartAsync(chat, Day, 0, now, None));
        }

        await stores.Subscribers.RecordSentAsync(9, Day, now, 2, now.AddHours(20), now, None);
        await stores.Reruns.AddAsync(7, article, "en", [60, 61], 54, now.AddMinutes(5), None);
        await stores.ReplyProgress.RecordAsync(1000, 1, 57, None);
        await stores.ReplyProgress.RecordShownAsync(1000, 57, "shown", None);
        await stores.Inbox.AddAsync([new InboxUpdate(1000, 7, "{}"), new InboxUpdate(1001, 7, "{}")], None);
        await stores.Inbox.CompleteAsync(Assert.Single(await stores.Inbox.ClaimNextAsync(1, None)).UpdateId, None);
        return (article, feed.Id, subscription.Id);
    }

    private async Task AssertCopiedAsync(StoreSet copied, long articleId, long feedId, long subscriptionId)
    {
        StoreSet original = await sqlite.OpenAsync();
        Assert.Equal(await original.Articles.GetAsync(articleId, None), await copied.Articles.GetAsync(articleId, None));
        Assert.Equal(articleId, await copied.Articles.FindByMessageAsync(7, 55, None));
        Assert.Equal("Headline", await copied.ArticleReplies.GetHeadlineAsync(articleId, "en", None));
        Assert.Equal(56, await copied.ArticleReplies.FindTranslationMessageAsync(7, articleId, "en", None));
        Assert.Equal(new ChatSettings(7, "fr"), await copied.ChatSettings.GetAsync(7, None));
        Assert.Equal(1, await copied.Usage.GetModelCallsAsync(7, Day, None));
        Assert.False(await copied.Charges.ChargeAsync(1000, 7, Day, None));
        Assert.Equal(50, await copied.Quotas.GetAsync(7, None));
        Assert.Equal("""{"headline":"h"}""", await copied.Results.GetAsync("sha:1|v1|m|en", None));
        Assert.Equal(await original.Feeds.GetAsync(feedId, None), await copied.Feeds.GetAsync(feedId, None));
        Assert.Equal(await original.Feeds.GetLatestAsync(feedId, 10, None), await copied.Feeds.GetLatestAsync(feedId, 10, None));
        Subscription subscription = Assert.Single(await copied.Subscriptions.ListAsync(7, None));
        Assert.Equal((subscriptionId, "korea", "sport"), (subscription.Id, subscription.IncludeWords, subscription.ExcludeWords));
        Assert.Equal(await original.Subscribers.GetAsync(7, None), await copied.Subscribers.GetAsync(7, None));
        Assert.True(await copied.Subscribers.WasSentAsync(7, Day.AddDays(-1), None));
        PendingDigest? pending = await copied.PendingDigests.GetAsync(7, Day, None);
        Assert.Equal((1, 900), (pending!.PartsSent, Assert.Single(pending.MessageIds)));
        PendingDigest? cutOff = await copied.PendingDigests.GetAsync(8, Day, None);
        Assert.Equal(1, cutOff!.PartsSent);
        Assert.Equal([0], cutOff.UncertainParts);
        Assert.Equal(1, (await copied.Subscribers.GetSentAsync(9, Day, None))!.UncertainParts);
        Assert.Equal([60, 61], Assert.Single(await copied.Reruns.GetDueAsync(sqlite.Time.GetUtcNow().AddHours(1), 10, None)).MessageIds);
        Assert.Equal(57, (await copied.ReplyProgress.GetAsync(1000, None))[1]);
        Assert.Equal("shown", (await copied.ReplyProgress.GetShownAsync(1000, None))[57]);
        Assert.Equal(new InboxCounts(1, 0, 1, 0), await copied.Inbox.CountAsync(None));
        Assert.Equal(1001, await copied.Inbox.GetLastUpdateIdAsync(None));

        // Ids were kept, and new rows are numbered after them.
        FeedRecord added = await copied.Feeds.GetOrAddAsync("https://new.example/rss", null, null, sqlite.Time.GetUtcNow(), None);
        Assert.True(added.Id > feedId);
    }
}
