using Gist.Core.Digests;

namespace Gist.Storage.Tests.Contract;

/// <summary>Feeds and their items: one row per URL, items known to their feed by their key, windows by time seen or published.</summary>
public abstract class FeedStoreContract : StoreContract
{
    private DateTimeOffset Now => Provider.Time.GetUtcNow();

    private static NewFeedItem Item(string key, string text, DateTimeOffset? published = null, string? link = null) =>
        new(key, link ?? $"https://example.com/{key}", "hash-" + text, "Title " + key, text, IsTeaser: false, published);

    [StoreFact]
    public async Task A_url_added_twice_is_one_feed_due_at_once()
    {
        FeedRecord first = await Stores.Feeds.GetOrAddAsync("https://example.com/rss", "Example", "https://example.com", Now, None);
        FeedRecord again = await Stores.Feeds.GetOrAddAsync("https://example.com/rss", "Other title", null, Now.AddHours(1), None);

        Assert.Equal(first, again);
        Assert.Equal(Now, first.NextPollAt);
        Assert.Equal("Example", first.Title);
        Assert.Equal(first, await Stores.Feeds.GetAsync(first.Id, None));
        Assert.Null(await Stores.Feeds.GetAsync(first.Id + 100, None));
    }

    [StoreFact]
    public async Task Poll_state_is_saved_and_read_back()
    {
        FeedRecord feed = await Stores.Feeds.GetOrAddAsync("https://example.com/rss", null, null, Now, None);
        FeedRecord polled = feed with
        {
            Title = "Example", SiteUrl = "https://example.com", ETag = "\"abc\"", LastModified = "Fri, 01 Mar 2024 11:00:00 GMT",
            NextPollAt = Now.AddMinutes(30), Failures = 2, LastError = "HTTP 503", LastPolledAt = Now,
        };

        await Stores.Feeds.UpdateAsync(polled, None);

        Assert.Equal(polled, await Stores.Feeds.GetAsync(feed.Id, None));
    }

    [StoreFact]
    public async Task Only_subscribed_feeds_that_are_due_are_polled_soonest_first()
    {
        FeedRecord late = await Stores.Feeds.GetOrAddAsync("https://a.example/rss", null, null, Now.AddMinutes(-5), None);
        FeedRecord early = await Stores.Feeds.GetOrAddAsync("https://b.example/rss", null, null, Now.AddMinutes(-10), None);
        FeedRecord unsubscribed = await Stores.Feeds.GetOrAddAsync("https://c.example/rss", null, null, Now.AddMinutes(-20), None);
        FeedRecord future = await Stores.Feeds.GetOrAddAsync("https://d.example/rss", null, null, Now.AddMinutes(10), None);
        foreach (FeedRecord feed in new[] { late, early, future })
        {
            await Stores.Subscriptions.AddAsync(7, feed.Id, Now, None);
        }

        Assert.Equal([early.Id, late.Id], (await Stores.Feeds.GetDueAsync(Now, 10, None)).Select(f => f.Id));
        Assert.Equal([early.Id], (await Stores.Feeds.GetDueAsync(Now, 1, None)).Select(f => f.Id));
        Assert.DoesNotContain(unsubscribed.Id, (await Stores.Feeds.GetDueAsync(Now.AddHours(1), 10, None)).Select(f => f.Id));
    }

    [StoreFact]
    public async Task Two_instances_claiming_at_once_take_each_due_feed_once()
    {
        var due = new List<long>();
        for (int i = 0; i < 10; i++)
        {
            FeedRecord feed = await Stores.Feeds.GetOrAddAsync($"https://feed{i}.example/rss", null, null, Now.AddMinutes(-i), None);
            await Stores.Subscriptions.AddAsync(7, feed.Id, Now, None);
            due.Add(feed.Id);
        }

        StoreSet other = await Provider.OpenAsync();

        // Each instance claims a few at a time until nothing is left, both at once.
        async Task<List<FeedRecord>> ClaimAllAsync(StoreSet stores)
        {
            var claimed = new List<FeedRecord>();
            // Bounded: a claim that did not take the feeds would return them again and again (seen as duplicates below).
            for (int round = 0; round < 10 && await stores.Feeds.ClaimDueAsync(Now, 2, Now.AddMinutes(30), None) is { Count: > 0 } batch; round++)
            {
                claimed.AddRange(batch);
            }

            return claimed;
        }

        List<FeedRecord>[] claims = await Task.WhenAll(Task.Run(() => ClaimAllAsync(Stores)), Task.Run(() => ClaimAllAsync(other)));

        Assert.Equal(due.Order(), claims.SelectMany(c => c).Select(f => f.Id).Order());
        Assert.Empty(await other.Feeds.GetDueAsync(Now, 10, None));
        FeedRecord first = claims.SelectMany(c => c).Single(f => f.Id == due[0]);
        Assert.Equal(Now, first.NextPollAt);
    }

    [StoreFact]
    public async Task A_claim_not_followed_by_an_update_makes_the_feed_due_again_when_it_passes()
    {
        FeedRecord abandoned = await Stores.Feeds.GetOrAddAsync("https://a.example/rss", null, null, Now, None);
        FeedRecord polled = await Stores.Feeds.GetOrAddAsync("https://b.example/rss", null, null, Now, None);
        await Stores.Subscriptions.AddAsync(7, abandoned.Id, Now, None);
        await Stores.Subscriptions.AddAsync(7, polled.Id, Now, None);

        Assert.Equal([abandoned.Id, polled.Id], (await Stores.Feeds.ClaimDueAsync(Now, 10, Now.AddMinutes(10), None)).Select(f => f.Id));
        // The poller of the second feed saves its real next poll time; the first one's instance died.
        await Stores.Feeds.UpdateAsync(polled with { NextPollAt = Now.AddMinutes(30), LastPolledAt = Now }, None);

        StoreSet other = await Provider.OpenAsync();
        Assert.Empty(await other.Feeds.ClaimDueAsync(Now.AddMinutes(9), 10, Now.AddMinutes(19), None));
        FeedRecord again = Assert.Single(await other.Feeds.ClaimDueAsync(Now.AddMinutes(10), 10, Now.AddMinutes(20), None));
        Assert.Equal((abandoned.Id, Now.AddMinutes(10)), (again.Id, again.NextPollAt));
        // The polled feed keeps the time its poller saved; the abandoned one is claimed again until 20 minutes.
        Assert.Empty(await other.Feeds.ClaimDueAsync(Now.AddMinutes(19), 10, Now.AddMinutes(29), None));
        Assert.Equal([abandoned.Id, polled.Id], (await other.Feeds.ClaimDueAsync(Now.AddMinutes(30), 10, Now.AddMinutes(40), None)).Select(f => f.Id));
    }

    [StoreFact]
    public async Task An_item_is_known_by_its_key_and_a_repeated_text_under_another_key_is_a_new_item()
    {
        FeedRecord feed = await Stores.Feeds.GetOrAddAsync("https://example.com/rss", null, null, Now, None);

        Assert.Equal(2, await Stores.Feeds.AddItemsAsync(feed.Id, [Item("g1", "teaser"), Item("g2", "other")], Now, None));
        Assert.Equal(1, await Stores.Feeds.AddItemsAsync(feed.Id, [Item("g1", "edited text"), Item("g3", "teaser")], Now, None));

        FeedRecord otherFeed = await Stores.Feeds.GetOrAddAsync("https://other.example/rss", null, null, Now, None);
        Assert.Equal(1, await Stores.Feeds.AddItemsAsync(otherFeed.Id, [Item("g1", "teaser")], Now, None));

        IReadOnlyList<FeedItemRecord> items = await Stores.Feeds.GetLatestAsync(feed.Id, 10, None);
        Assert.Equal(["g1", "g2", "g3"], items.Select(i => i.ItemKey).Order());
        Assert.Equal("teaser", items.Single(i => i.ItemKey == "g1").Text);
    }

    [StoreFact]
    public async Task Items_read_back_with_their_dates_offsets_and_summary()
    {
        FeedRecord feed = await Stores.Feeds.GetOrAddAsync("https://example.com/rss", null, null, Now, None);
        var published = new DateTimeOffset(2023, 11, 9, 10, 0, 0, TimeSpan.FromHours(3));
        var articleDate = new DateTimeOffset(2023, 11, 8, 22, 0, 0, TimeSpan.FromHours(9));
        await Stores.Feeds.AddItemsAsync(feed.Id, [Item("g1", "text", published) with { IsTeaser = true, ArticleDate = articleDate }], Now, None);
        FeedItemRecord item = Assert.Single(await Stores.Feeds.GetLatestAsync(feed.Id, 10, None));

        Assert.Equal(new FeedItemRecord(item.Id, feed.Id, "g1", "https://example.com/g1", "hash-text", "Title g1", "text", true, published, Now, null, articleDate), item);
        Assert.Equal(TimeSpan.FromHours(3), item.Published!.Value.Offset);
        Assert.Equal(TimeSpan.FromHours(9), item.ArticleDate!.Value.Offset);

        await Stores.Feeds.SetSummaryAsync(item.Id, """{"headline":"h"}""", null, None);
        FeedItemRecord summarized = Assert.Single(await Stores.Feeds.GetLatestAsync(feed.Id, 10, None));
        Assert.Equal("""{"headline":"h"}""", summarized.SummaryJson);
        Assert.Equal(articleDate, summarized.ArticleDate);

        var read = new DateTimeOffset(2023, 11, 9, 8, 0, 0, TimeSpan.FromHours(2));
        await Stores.Feeds.SetSummaryAsync(item.Id, """{"headline":"h2"}""", read, None);
        Assert.Equal(read, Assert.Single(await Stores.Feeds.GetLatestAsync(feed.Id, 10, None)).ArticleDate);
    }

    [StoreFact]
    public async Task Items_are_chosen_by_time_seen_or_by_date_published_oldest_first()
    {
        FeedRecord feed = await Stores.Feeds.GetOrAddAsync("https://example.com/rss", null, null, Now, None);
        FeedRecord other = await Stores.Feeds.GetOrAddAsync("https://other.example/rss", null, null, Now, None);
        DateTimeOffset start = Now;
        await Stores.Feeds.AddItemsAsync(feed.Id, [Item("old", "a", start.AddDays(-3))], start, None);
        await Stores.Feeds.AddItemsAsync(feed.Id, [Item("new", "b", start.AddHours(1)), Item("undated", "c")], start.AddHours(2), None);
        await Stores.Feeds.AddItemsAsync(other.Id, [Item("elsewhere", "d")], start.AddHours(2), None);
        await Stores.Feeds.AddItemsAsync(feed.Id, [Item("later", "e")], start.AddHours(5), None);

        IReadOnlyList<FeedItemRecord> seen = await Stores.Feeds.GetItemsAsync([feed.Id], start, null, start.AddHours(3), None);
        IReadOnlyList<FeedItemRecord> published = await Stores.Feeds.GetItemsAsync([feed.Id, other.Id], null, start.AddDays(-1), start.AddHours(3), None);

        Assert.Equal(["new", "undated"], seen.Select(i => i.ItemKey));
        Assert.Equal(["new", "undated", "elsewhere"], published.Select(i => i.ItemKey));
        Assert.Empty(await Stores.Feeds.GetItemsAsync([], null, null, start.AddDays(1), None));
    }

    [StoreFact]
    public async Task An_item_whose_content_changed_is_updated_in_place_and_its_summary_cleared_the_others_are_untouched()
    {
        FeedRecord feed = await Stores.Feeds.GetOrAddAsync("https://t.me/s/harbour_news", "Harbour News", null, Now, None);
        await Stores.Feeds.AddItemsAsync(feed.Id, [Post(1, "The berth reopens on Monday."), Post(2, "The council approved the budget.")], Now, None);
        var before = await Stores.Feeds.GetLatestAsync(feed.Id, 10, None);
        foreach (var item in before)
        {
            await Stores.Feeds.SetSummaryAsync(item.Id, "{\"headline\":\"x\"}", null, None);
        }

        var changed = await Stores.Feeds.UpdateChangedItemsAsync(feed.Id,
            [Post(1, "Correction: the berth reopens on Thursday."), Post(2, "The council approved the budget."), Post(3, "Not stored yet.")], None);

        Assert.Equal(1, changed);
        var after = (await Stores.Feeds.GetLatestAsync(feed.Id, 10, None)).ToDictionary(i => i.ItemKey);
        Assert.Equal(2, after.Count);
        var edited = after["https://t.me/harbour_news/1"];
        var old = before.Single(i => i.ItemKey == edited.ItemKey);
        Assert.Equal((old.Id, old.FirstSeenAt), (edited.Id, edited.FirstSeenAt));
        Assert.Equal("Correction: the berth reopens on Thursday.", edited.Text);
        Assert.Equal("hash:Correction: the berth reopens on Thursday.", edited.ContentHash);
        Assert.Null(edited.SummaryJson);
        Assert.NotNull(after["https://t.me/harbour_news/2"].SummaryJson);
    }

    [StoreFact]
    public async Task Removing_items_by_key_touches_only_that_feed()
    {
        FeedRecord harbour = await Stores.Feeds.GetOrAddAsync("https://t.me/s/harbour_news", "Harbour News", null, Now, None);
        FeedRecord other = await Stores.Feeds.GetOrAddAsync("https://t.me/s/other_news", "Other News", null, Now, None);
        await Stores.Feeds.AddItemsAsync(harbour.Id, [Post(1, "One."), Post(2, "Two.")], Now, None);
        await Stores.Feeds.AddItemsAsync(other.Id, [Post(2, "Two elsewhere.")], Now, None);

        var removed = await Stores.Feeds.RemoveItemsAsync(harbour.Id, ["https://t.me/harbour_news/2", "https://t.me/harbour_news/9"], None);

        Assert.Equal(1, removed);
        Assert.Equal(["https://t.me/harbour_news/1"], (await Stores.Feeds.GetLatestAsync(harbour.Id, 10, None)).Select(i => i.ItemKey));
        Assert.Single(await Stores.Feeds.GetLatestAsync(other.Id, 10, None));
    }

    // The key names the harbour channel in both feeds on purpose: a key is only ever looked up within its feed.
    private NewFeedItem Post(int id, string text) =>
        new($"https://t.me/harbour_news/{id}", $"https://t.me/harbour_news/{id}", "hash:" + text, text, text, false, Now.AddMinutes(-id));
}
