using System.Text;
using Gist.Digests.Building;
using Gist.Digests.Feeds;
using Gist.Digests.Opml;
using Gist.Input;

namespace Gist.Digests.Tests;

public sealed class FeedParsingTests
{
    private static ParsedFeed Parse(string text) => FeedParser.Parse(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Rss_items_read_content_encoded_guid_and_rfc822_dates()
    {
        var feed = Parse("""
            <?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
            <title>Example News</title><link>https://example.org/</link>
            <item><title>First &amp; best</title><link>https://example.org/a</link><guid isPermaLink="false">id-1</guid>
            <pubDate>Thu, 09 Nov 2023 08:10:00 EST</pubDate><description>Short</description>
            <content:encoded><![CDATA[<p>Para one.</p><p>Para <b>two</b>.</p><script>x()</script>]]></content:encoded></item>
            </channel></rss>
            """);
        Assert.Equal("rss", feed.Format);
        Assert.Equal("Example News", feed.Title);
        var item = Assert.Single(feed.Entries);
        Assert.Equal("id-1", item.Id);
        Assert.Equal("First & best", item.Title);
        Assert.Equal("Para one.\nPara two.", item.Text);
        Assert.Equal(new DateTimeOffset(2023, 11, 9, 13, 10, 0, TimeSpan.Zero), item.Published!.Value.ToUniversalTime());
    }

    [Fact]
    public void Atom_entries_use_the_alternate_link_and_published_date()
    {
        var feed = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Atom Site</title><link rel="self" href="https://x.org/atom"/><link href="https://x.org/"/>
            <entry><id>urn:1</id><title>Entry</title><link rel="alternate" href="https://x.org/1"/><published>2024-03-01T10:00:00+03:00</published>
            <content type="html">&lt;p&gt;Body text&lt;/p&gt;</content></entry></feed>
            """);
        Assert.Equal("atom", feed.Format);
        Assert.Equal("https://x.org/", feed.SiteUrl);
        var entry = Assert.Single(feed.Entries);
        Assert.Equal(("urn:1", "https://x.org/1", "Body text"), (entry.Id, entry.Link, entry.Text));
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 7, 0, 0, TimeSpan.Zero), entry.Published!.Value.ToUniversalTime());
    }

    [Fact]
    public void Json_feed_items_read_text_or_html()
    {
        var feed = Parse("""
            {"version":"https://jsonfeed.org/version/1.1","title":"JF","home_page_url":"https://j.org/",
             "items":[{"id":"1","url":"https://j.org/1","title":"One","content_text":"Plain <text>","date_published":"2024-01-02T03:04:05Z"},
                      {"id":2,"content_html":"<p>Html</p>"}]}
            """);
        Assert.Equal("json", feed.Format);
        Assert.Equal(2, feed.Entries.Count);
        Assert.Equal("Plain <text>", feed.Entries[0].Text);
        Assert.Equal("2", feed.Entries[1].Id);
        Assert.Equal("Html", feed.Entries[1].Text);
    }

    [Fact]
    public void An_rss_0_91_feed_with_its_doctype_is_read_without_fetching_the_dtd()
    {
        var feed = Parse("""
            <?xml version="1.0"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Old wire</title><link>https://wire.example/</link>
            <item><title>Talks resume</title><link>https://wire.example/1</link><description>Officials met on Monday.</description></item>
            </channel></rss>
            """);

        Assert.Equal("Old wire", feed.Title);
        Assert.Equal("Talks resume", Assert.Single(feed.Entries).Title);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><rss><channel><title>&lol2;</title></channel></rss>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><rss><channel><title>&xxe;</title></channel></rss>")]
    public void Entity_bombs_and_external_entities_are_refused_not_expanded(string text) =>
        Assert.Throws<FeedFormatException>(() => Parse(text));

    [Theory]
    [InlineData("<html><body>not a feed</body></html>")]
    [InlineData("<rss><channel><item>")]
    [InlineData("{\"items\":[]}")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x \"boom\">]><rss><channel><title>&x;</title></channel></rss>")]
    [InlineData("   ")]
    public void Documents_that_are_not_feeds_raise_only_FeedFormatException(string text) =>
        Assert.Throws<FeedFormatException>(() => Parse(text));

    [Fact]
    public void Discovery_finds_alternate_links_relative_to_the_page()
    {
        var html = Encoding.UTF8.GetBytes("<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/news/rss\"><link rel=\"stylesheet\" href=\"/s.css\"><link rel=\"alternate\" type=\"application/feed+json\" href=\"feed.json\"></head></html>");
        var found = FeedDiscovery.FromPage(html, new Uri("https://site.example/section/"));
        Assert.Equal(["https://site.example/news/rss", "https://site.example/section/feed.json"], found.Select(u => u.AbsoluteUri));
    }

    [Fact]
    public void Short_items_with_a_link_are_teasers_and_identity_falls_back_to_the_link()
    {
        var mapper = new FeedItemMapper(new PastedTextCleaner());
        var item = mapper.Map(new FeedEntry(null, "/a/1", "Title", "A teaser line.", null), new Uri("https://n.example/feed"), 400)!;
        Assert.True(item.IsTeaser);
        Assert.Equal("https://n.example/a/1", item.ItemKey);
        Assert.Equal("https://n.example/a/1", item.Link);
    }

    [Fact]
    public void Opml_round_trips_nested_outlines()
    {
        var written = OpmlDocument.Write([new OpmlOutline("https://a.example/rss", "A & Co", "https://a.example/"), new OpmlOutline("https://b.example/atom", null, null)], "mine", DateTimeOffset.UnixEpoch);
        var nested = written.Replace("<body>", "<body><outline text=\"News\">", StringComparison.Ordinal).Replace("</body>", "</outline></body>", StringComparison.Ordinal);
        var read = OpmlDocument.Read(Encoding.UTF8.GetBytes(nested));
        Assert.Equal(["https://a.example/rss", "https://b.example/atom"], read.Select(o => o.XmlUrl));
        Assert.Equal("A & Co", read[0].Title);
        Assert.Throws<FormatException>(() => OpmlDocument.Read(Encoding.UTF8.GetBytes("<html/>")));
    }

    [Fact]
    public void Keyword_filters_match_words_in_any_language_and_exclusions_win()
    {
        var filter = new KeywordFilter("korea الصين", "sport");
        Assert.True(filter.Allows("North Korea and Russia"));
        Assert.True(filter.Allows("قال مسؤول والصين"));
        Assert.False(filter.Allows("Korea wins at sport"));
        Assert.False(filter.Allows("Nothing relevant"));
        Assert.True(new KeywordFilter("", "").Allows("anything"));
    }

    [Fact]
    public void Backoff_doubles_to_the_cap_and_never_undercuts_retry_after()
    {
        var settings = new DigestsOptions { PollInterval = TimeSpan.FromMinutes(10), MaxBackoff = TimeSpan.FromHours(1) };
        Assert.Equal(TimeSpan.FromMinutes(20), FeedPoller.Backoff(settings, 1, null));
        Assert.Equal(TimeSpan.FromMinutes(40), FeedPoller.Backoff(settings, 2, null));
        Assert.Equal(TimeSpan.FromHours(1), FeedPoller.Backoff(settings, 9, null));
        Assert.Equal(TimeSpan.FromHours(3), FeedPoller.Backoff(settings, 1, TimeSpan.FromHours(3)));
    }
}
