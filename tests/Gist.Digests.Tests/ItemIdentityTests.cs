using System.Security;
using System.Text;
using Gist.Core.Digests;
using Gist.Digests.Feeds;
using Gist.Digests.Tests.Support;

namespace Gist.Digests.Tests;

/// <summary>
/// Two different articles are never one item: identity is the guid, else the link, else (only when the feed has
/// neither) the title with the text. A shared teaser, an empty description or a repeated title merges nothing; the
/// same article in two feeds is one item of the story with both outlets.
/// </summary>
public sealed class ItemIdentityTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Three_feeds_whose_items_all_carry_the_same_one_word_teaser_keep_every_item_in_the_digest()
    {
        var summaries = new TitleSummaries();
        await using var harness = await DigestHarness.StartAsync(summaries, Now);
        var stored = 0;
        foreach (var feed in new[] { "alpha", "beta", "gamma" })
        {
            stored += await harness.AddFeedAsync(7, feed, Rss(feed, Enumerable.Range(1, 3).Select(i =>
                Item(guid: $"{feed}-{i}", link: $"https://{feed}.example/news/{i}", title: $"{feed} story {i}", description: "تفاصيل")).ToArray()));
        }

        var digest = await harness.BuildSinceAsync(7, Now.AddDays(-1));

        Assert.Equal(9, stored);
        Assert.Equal(9, digest.ItemCount);
        Assert.Equal(9, digest.Stories.SelectMany(s => s.Items).Select(i => i.Summary.Headline).Distinct().Count());
    }

    [Fact]
    public async Task Items_without_guid_whose_description_is_empty_or_read_more_are_told_apart_by_their_links()
    {
        await using var harness = await DigestHarness.StartAsync(new TitleSummaries(), Now);

        var stored = await harness.AddFeedAsync(8, "wire", Rss("wire",
            Item(guid: null, link: "https://wire.example/a", title: "First", description: ""),
            Item(guid: null, link: "https://wire.example/b", title: "Second", description: ""),
            Item(guid: null, link: "https://wire.example/c", title: "Third", description: "Read more"),
            Item(guid: null, link: "https://wire.example/d", title: "Fourth", description: "Read more")));
        var digest = await harness.BuildSinceAsync(8, Now.AddDays(-1));

        Assert.Equal(4, stored);
        Assert.Equal(4, digest.ItemCount);
        Assert.Equal(["First", "Fourth", "Second", "Third"], digest.Stories.SelectMany(s => s.Items).Select(i => i.Summary.Headline).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Without_guid_or_link_a_repeated_title_with_a_different_text_is_another_item_and_the_same_title_and_text_is_one()
    {
        await using var harness = await DigestHarness.StartAsync(new TitleSummaries(), Now);

        var stored = await harness.AddFeedAsync(9, "bulletin", Rss("bulletin",
            Item(guid: null, link: null, title: "Breaking", description: "The parliament passed the budget after a long night of debate."),
            Item(guid: null, link: null, title: "Breaking", description: "A storm closed the port and cancelled every ferry to the islands."),
            Item(guid: null, link: null, title: "Breaking", description: "A storm closed the port and cancelled every ferry to the islands.")));
        var digest = await harness.BuildSinceAsync(9, Now.AddDays(-1));

        Assert.Equal(2, stored);
        Assert.Equal(2, digest.ItemCount);
        var texts = digest.Stories.SelectMany(s => s.Items).Select(i => i.Item.Text).ToList();
        Assert.Contains(texts, t => t.Contains("budget", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("storm", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Items_of_two_feeds_with_the_same_title_and_teaser_but_different_links_stay_two_items_with_one_outlet_each()
    {
        await using var harness = await DigestHarness.StartAsync(new TitleSummaries(), Now);
        await harness.AddFeedAsync(12, "east", Rss("east", Item(guid: null, link: "https://east.example/live", title: "Live updates", description: "تفاصيل")), "East Outlet");
        await harness.AddFeedAsync(12, "west", Rss("west", Item(guid: null, link: "https://west.example/live", title: "Live updates", description: "تفاصيل")), "West Outlet");

        var digest = await harness.BuildSinceAsync(12, Now.AddDays(-1));

        Assert.Equal(2, digest.ItemCount);
        var items = digest.Stories.SelectMany(s => s.Items).ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Single(i.Outlets));
    }

    [Fact]
    public async Task A_polled_item_seen_again_is_not_stored_twice()
    {
        await using var harness = await DigestHarness.StartAsync(new TitleSummaries(), Now);
        var rss = Rss("repeat", Item(guid: "g-1", link: "https://repeat.example/1", title: "One", description: "تفاصيل"));

        Assert.Equal(1, await harness.AddFeedAsync(10, "repeat", rss));
        Assert.Equal(0, await harness.AddFeedAsync(10, "repeat", rss));
    }

    [Fact]
    public async Task The_same_article_in_two_feeds_is_one_item_of_the_story_with_both_outlets()
    {
        var summaries = new TitleSummaries();
        await using var harness = await DigestHarness.StartAsync(summaries, Now);
        var text = string.Concat(Enumerable.Repeat("The foreign ministers met in Seoul and spoke about the growing military cooperation. ", 8));
        await harness.AddFeedAsync(11, "first", Rss("first", Item("f-1", "https://news.example/seoul", "Ministers meet in Seoul", text)), "First Outlet");
        await harness.AddFeedAsync(11, "second", Rss("second", Item("s-9", "https://news.example/seoul", "Ministers meet in Seoul", text)), "Second Outlet");

        var digest = await harness.BuildSinceAsync(11, Now.AddDays(-1));

        var story = Assert.Single(digest.Stories);
        var item = Assert.Single(story.Items);
        Assert.Equal(["First Outlet", "Second Outlet"], item.Outlets.Order());
        Assert.Equal(2, story.OutletCount);
        Assert.Single(summaries.Articles);
    }

    private static (string? Guid, string? Link, string Title, string Description) Item(string? guid, string? link, string title, string description) => (guid, link, title, description);

    private static string Rss(string feed, params (string? Guid, string? Link, string Title, string Description)[] items)
    {
        var xml = new StringBuilder($"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>{feed}</title>");
        foreach (var (item, i) in items.Select((x, i) => (x, i)))
        {
            xml.Append("<item>");
            if (item.Guid is not null)
            {
                xml.Append("<guid isPermaLink=\"false\">").Append(SecurityElement.Escape(item.Guid)).Append("</guid>");
            }

            if (item.Link is not null)
            {
                xml.Append("<link>").Append(SecurityElement.Escape(item.Link)).Append("</link>");
            }

            xml.Append("<title>").Append(SecurityElement.Escape(item.Title)).Append("</title>")
                .Append("<pubDate>").Append(Now.AddMinutes(-10 - i).ToString("r", System.Globalization.CultureInfo.InvariantCulture)).Append("</pubDate>")
                .Append("<description>").Append(SecurityElement.Escape(item.Description)).Append("</description></item>");
        }

        return xml.Append("</channel></rss>").ToString();
    }
}
