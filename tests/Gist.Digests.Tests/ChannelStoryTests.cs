using System.Globalization;
using System.Security;
using System.Text;
using Gist.Core.Digests;
using Gist.Core.Storage;
using Gist.Digests.Channels;
using Gist.Digests.Tests.Support;

namespace Gist.Digests.Tests;

/// <summary>A channel is one more outlet: its post joins the feeds' story, its claims count once more, and a post linking a feed's article is that article.</summary>
public sealed class ChannelStoryTests
{
    private const string Channel = "mustaqilla_news";
    private const string Outlet = "Al Mustaqilla Channel";
    private static readonly DateTimeOffset Now = new(2023, 11, 10, 5, 0, 0, TimeSpan.Zero);
    private static readonly string FeedDate = Now.AddHours(-2).ToString("r", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_claim_a_channel_repeats_counts_as_one_more_outlet_in_the_feeds_story()
    {
        await using var harness = await DigestHarness.StartAsync(new FixedSummaries(), Now);
        await AddChannelAsync(harness, 31, (500, PostHtml(Seeds.Read("000"))));
        await harness.AddFeedAsync(31, "jazeera", Seeds.Rss("jazeera", "Al Jazeera", [("002", FeedDate)]), "Al Jazeera");
        await harness.AddFeedAsync(31, "asharq", Seeds.Rss("asharq", "Asharq Al-Awsat", [("004", FeedDate)]), "Asharq Al-Awsat");

        var digest = await harness.BuildSinceAsync(31, Now.AddDays(-1));

        var story = Assert.Single(digest.Stories);
        Assert.Equal(3, story.OutletCount);
        var accusation = Assert.Single(story.Disputes).Claim;
        Assert.Equal(3, accusation.OutletCount);
        Assert.Contains(accusation.Sources, s => s.Outlet == Outlet && s.Url == $"https://t.me/{Channel}/500");
    }

    [Fact]
    public async Task A_channel_post_that_links_a_feeds_article_is_that_article_with_both_outlets()
    {
        var summaries = new FixedSummaries();
        await using var harness = await DigestHarness.StartAsync(summaries, Now);
        await harness.AddFeedAsync(32, "jazeera", Seeds.Rss("jazeera", "Al Jazeera", [("002", FeedDate)]), "Al Jazeera");
        const string article = "https://example.org/jazeera/articles/002";
        await AddChannelAsync(harness, 32, (501, $"بلينكن في سيول: <a href=\"{article}\">{article}</a>"));

        var digest = await harness.BuildSinceAsync(32, Now.AddDays(-1));

        var item = Assert.Single(Assert.Single(digest.Stories).Items);
        Assert.Equal(["Al Jazeera", Outlet], item.Outlets.Order(StringComparer.Ordinal));
        Assert.Equal(1, summaries.Calls);
    }

    private static async Task AddChannelAsync(DigestHarness harness, long chatId, params (long Id, string Html)[] posts)
    {
        var feed = await harness.Get<IFeedStore>().GetOrAddAsync(ChannelAddress.FeedUrl(Channel), Outlet, null, Now, default);
        await harness.Get<ISubscriptionStore>().AddAsync(chatId, feed.Id, Now, default);
        var page = ChannelPageParser.Parse(Page(posts), Channel)!;
        await harness.Get<ChannelItemSync>().StoreAsync(feed.Id, page, Now, default);
    }

    private static string PostHtml(string text) => string.Join("<br/>", text.Split('\n').Select(l => SecurityElement.Escape(l.Trim())));

    /// <summary>A preview page in the markup of t.me/s (see Fixtures/channels) holding the given posts, each an hour old.</summary>
    private static string Page((long Id, string Html)[] posts)
    {
        var html = new StringBuilder($"<html><body><div class=\"tgme_channel_info_header_title\"><span>{Outlet}</span></div><section class=\"tgme_channel_history\">");
        foreach (var (id, text) in posts)
        {
            html.Append($"<div class=\"tgme_widget_message_wrap\"><div class=\"tgme_widget_message\" data-post=\"{Channel}/{id}\"><div class=\"tgme_widget_message_bubble\">")
                .Append($"<div class=\"tgme_widget_message_text\">{text}</div>")
                .Append($"<a class=\"tgme_widget_message_date\"><time datetime=\"{Now.AddHours(-1):yyyy-MM-ddTHH:mm:sszzz}\"></time></a></div></div></div>");
        }

        return html.Append("</section></body></html>").ToString();
    }
}
