using AngleSharp.Html.Parser;
using Gist.Core.Digests;
using Gist.Core.Storage;
using Gist.Digests.Channels;
using Gist.Digests.Tests.Support;

namespace Gist.Digests.Tests;

/// <summary>
/// A channel read stored as a reader sees the channel: an edited post updates its item (new words, summary made
/// again, never a second item) and a deleted post leaves the digest.
/// </summary>
public sealed class ChannelEditTests
{
    private const string Name = "akhbar_alalam";
    private const string EditedCaption = "عاجل | تصحيح: وزير الخارجية الأمريكي أنتوني بلينكن يصل إلى سيول صباح الخميس";
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_edited_post_updates_its_item_and_the_digest_summarizes_the_new_words()
    {
        var summaries = new TitleSummaries();
        await using var harness = await DigestHarness.StartAsync(summaries, Now);
        var feed = await SubscribeAsync(harness, chatId: 21);
        var sync = harness.Get<ChannelItemSync>();
        Assert.Equal(4, (await sync.StoreAsync(feed, Parse(Arabic()), Now, default)).Added);
        var before = await harness.BuildSinceAsync(21, Now.AddDays(-1));
        Assert.Contains(Headlines(before), h => h.StartsWith("عاجل | وزير الخارجية", StringComparison.Ordinal));

        var result = await sync.StoreAsync(feed, Parse(Edit(Arabic(), 1401, $"<b>عاجل |</b> تصحيح: وزير الخارجية الأمريكي أنتوني بلينكن يصل إلى سيول صباح الخميس")), Now.AddMinutes(5), default);
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        var after = await harness.BuildSinceAsync(21, Now.AddDays(-1));

        Assert.Equal(new ChannelSyncResult(4, 0, 1, 0), result);
        var items = await harness.Get<IFeedStore>().GetLatestAsync(feed, 50, default);
        Assert.Equal(4, items.Count);
        var edited = Assert.Single(items, i => i.ItemKey == $"https://t.me/{Name}/1401");
        Assert.Equal(EditedCaption, edited.Title);
        Assert.NotNull(edited.SummaryJson);
        Assert.Equal(4, after.ItemCount);
        Assert.Contains(EditedCaption, Headlines(after));
        Assert.DoesNotContain(Headlines(after), h => h.StartsWith("عاجل | وزير الخارجية", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_post_the_channel_deleted_leaves_the_store_and_the_digest()
    {
        await using var harness = await DigestHarness.StartAsync(new TitleSummaries(), Now);
        var feed = await SubscribeAsync(harness, chatId: 22);
        var sync = harness.Get<ChannelItemSync>();
        await sync.StoreAsync(feed, Parse(Arabic()), Now, default);

        var result = await sync.StoreAsync(feed, Parse(Delete(Arabic(), 1403)), Now.AddMinutes(5), default);
        var digest = await harness.BuildSinceAsync(22, Now.AddDays(-1));

        Assert.Equal(new ChannelSyncResult(3, 0, 0, 1), result);
        var keys = (await harness.Get<IFeedStore>().GetLatestAsync(feed, 50, default)).Select(i => i.ItemKey).ToList();
        Assert.DoesNotContain($"https://t.me/{Name}/1403", keys);
        Assert.Equal(3, keys.Count);
        Assert.Equal(3, digest.ItemCount);
        Assert.DoesNotContain(Headlines(digest), h => h.Contains("تنفيان", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Posts_older_than_the_pages_read_are_never_taken_for_deleted()
    {
        await using var harness = await DigestHarness.StartAsync(new TitleSummaries(), Now);
        var feed = await SubscribeAsync(harness, chatId: 23);
        var sync = harness.Get<ChannelItemSync>();
        await sync.StoreAsync(feed, Parse(Arabic()), Now, default);

        // The next poll's page starts after 1403: 1401 and 1402 are older than it, not gone.
        var result = await sync.StoreAsync(feed, Parse(Delete(Delete(Delete(Arabic(), 1400), 1401), 1402)), Now.AddMinutes(5), default);

        Assert.Equal(0, result.Deleted);
        Assert.Equal(4, (await harness.Get<IFeedStore>().GetLatestAsync(feed, 50, default)).Count);
    }

    private static async Task<long> SubscribeAsync(DigestHarness harness, long chatId)
    {
        var feed = await harness.Get<IFeedStore>().GetOrAddAsync(ChannelAddress.FeedUrl(Name), "أخبار العالم", null, Now, default);
        await harness.Get<ISubscriptionStore>().AddAsync(chatId, feed.Id, Now, default);
        return feed.Id;
    }

    private static IEnumerable<string> Headlines(Building.Digest digest) => digest.Stories.SelectMany(s => s.Items).Select(i => i.Summary.Headline);

    private static ChannelPage Parse(string html) => ChannelPageParser.Parse(html, Name)!;

    private static string Arabic() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "channels", "arabic.html"));

    private static string Edit(string html, long id, string newTextHtml)
    {
        var document = new HtmlParser().ParseDocument(html);
        document.QuerySelector($"[data-post='{Name}/{id}'] .tgme_widget_message_bubble > .tgme_widget_message_text")!.InnerHtml = newTextHtml;
        return document.DocumentElement.OuterHtml;
    }

    private static string Delete(string html, long id)
    {
        var document = new HtmlParser().ParseDocument(html);
        document.QuerySelector($"[data-post='{Name}/{id}']")!.Closest(".tgme_widget_message_wrap")!.Remove();
        return document.DocumentElement.OuterHtml;
    }
}
