using Gist.Core.Digests;
using Gist.Storage.Digests;

namespace Gist.Storage.Tests;

/// <summary>
/// The feed store's contract for items that change at their source (an edited or a deleted channel post): an
/// update keeps the item's id and first-seen time and clears its summary; only items whose content hash differs
/// change; removal is by key within one feed.
/// </summary>
public sealed class FeedItemChangeTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Seen = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private readonly TempStorage temp = new();
    private readonly OpenStorage storage;
    private readonly SqliteFeedStore feeds;

    public FeedItemChangeTests()
    {
        storage = temp.Open();
        feeds = new SqliteFeedStore(storage.Database);
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task An_item_whose_content_changed_is_updated_in_place_and_its_summary_cleared_the_others_are_untouched()
    {
        await storage.Database.InitializeAsync(None);
        var feed = await feeds.GetOrAddAsync("https://t.me/s/harbour_news", "Harbour News", null, Seen, None);
        await feeds.AddItemsAsync(feed.Id, [Post(1, "The berth reopens on Monday."), Post(2, "The council approved the budget.")], Seen, None);
        var before = await feeds.GetLatestAsync(feed.Id, 10, None);
        foreach (var item in before)
        {
            await feeds.SetSummaryAsync(item.Id, "{\"headline\":\"x\"}", null, None);
        }

        var changed = await feeds.UpdateChangedItemsAsync(feed.Id,
            [Post(1, "Correction: the berth reopens on Thursday."), Post(2, "The council approved the budget."), Post(3, "Not stored yet.")], None);

        Assert.Equal(1, changed);
        var after = (await feeds.GetLatestAsync(feed.Id, 10, None)).ToDictionary(i => i.ItemKey);
        Assert.Equal(2, after.Count);
        var edited = after["https://t.me/harbour_news/1"];
        var old = before.Single(i => i.ItemKey == edited.ItemKey);
        Assert.Equal((old.Id, old.FirstSeenAt), (edited.Id, edited.FirstSeenAt));
        Assert.Equal("Correction: the berth reopens on Thursday.", edited.Text);
        Assert.Equal("hash:Correction: the berth reopens on Thursday.", edited.ContentHash);
        Assert.Null(edited.SummaryJson);
        Assert.NotNull(after["https://t.me/harbour_news/2"].SummaryJson);
    }

    [Fact]
    public async Task Removing_items_by_key_touches_only_that_feed()
    {
        await storage.Database.InitializeAsync(None);
        var harbour = await feeds.GetOrAddAsync("https://t.me/s/harbour_news", "Harbour News", null, Seen, None);
        var other = await feeds.GetOrAddAsync("https://t.me/s/other_news", "Other News", null, Seen, None);
        await feeds.AddItemsAsync(harbour.Id, [Post(1, "One."), Post(2, "Two.")], Seen, None);
        await feeds.AddItemsAsync(other.Id, [Post(2, "Two elsewhere.")], Seen, None);

        var removed = await feeds.RemoveItemsAsync(harbour.Id, ["https://t.me/harbour_news/2", "https://t.me/harbour_news/9"], None);

        Assert.Equal(1, removed);
        Assert.Equal(["https://t.me/harbour_news/1"], (await feeds.GetLatestAsync(harbour.Id, 10, None)).Select(i => i.ItemKey));
        Assert.Single(await feeds.GetLatestAsync(other.Id, 10, None));
    }

    // The key names the harbour channel in both feeds on purpose: a key is only ever looked up within its feed.
    private static NewFeedItem Post(int id, string text) =>
        new($"https://t.me/harbour_news/{id}", $"https://t.me/harbour_news/{id}", "hash:" + text, text, text, false, Seen.AddMinutes(-id));
}
