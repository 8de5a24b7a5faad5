using System.Globalization;
using System.Security;
using System.Text;
using Gist.Core.Digests;
using Gist.Core.Storage;
using Gist.Digests.Channels;
using Gist.IntegrationTests.Support;
using Gist.Testing.BotApi;
using Microsoft.Extensions.DependencyInjection;
using static Gist.IntegrationTests.Digests.ChannelBot;

namespace Gist.IntegrationTests.Digests;

/// <summary>
/// Public channels as digest sources, through the real host: a local preview server in the shape of t.me/s pages,
/// a local feed server, the fake Bot API and the offline engine.
/// </summary>
public sealed class ChannelDigestTests
{
    [Fact]
    public async Task Channel_posts_and_feed_articles_about_one_event_are_one_story_and_the_other_events_stay_apart()
    {
        await using var preview = await ChannelPreviewServer.StartAsync();
        await using var feeds = await FeedServer.StartAsync();
        var now = DateTimeOffset.UtcNow;
        preview.AddChannel("mustaqilla_news", "Al Mustaqilla Channel");
        preview.Post("mustaqilla_news", 500, now.AddMinutes(-50), PostHtml(Fixture.Read("seed-000.txt")));
        preview.Post("mustaqilla_news", 501, now.AddMinutes(-40), PostHtml(Fixture.Read("seed-001.txt")));
        feeds.Set("/wire.xml", "application/rss+xml", Rss("Arab Wire", now, "002", "003", "004"));
        await using var telegram = await FakeBotApiServer.StartAsync();
        using var bot = await StartAsync(telegram, preview, feeds.Port);
        var carol = FakeUser.Create(501, "Carol");

        await SayAndWaitAsync(telegram, carol, "/subscribe @mustaqilla_news", "Subscribed to Al Mustaqilla Channel");
        await SayAndWaitAsync(telegram, carol, $"/subscribe {feeds.BaseUrl}/wire.xml", "Subscribed to Arab Wire");
        var digest = await SayAndWaitAsync(telegram, carol, "/digest now", "Your digest ·");

        Assert.Contains("3 stories from 5 articles", digest, StringComparison.Ordinal);
        var seoul = digest.Split("\n\n").Single(b => b.Contains("2 outlets", StringComparison.Ordinal));
        Assert.Contains("Al Mustaqilla Channel", seoul, StringComparison.Ordinal);
        Assert.Contains("Arab Wire", seoul, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_first_read_pages_back_over_the_day_and_a_gap_is_filled_by_paging_back_to_the_last_known_post()
    {
        await using var preview = await ChannelPreviewServer.StartAsync();
        var now = DateTimeOffset.UtcNow;
        preview.AddChannel("daily_wire", "Daily Wire");
        for (var id = 1; id <= 45; id++)
        {
            preview.Post("daily_wire", id, now.AddMinutes(-20 * (46 - id)), $"Bulletin {id}: the regional council met and approved plan number {id}.");
        }

        await using var telegram = await FakeBotApiServer.StartAsync();
        using var bot = await StartAsync(telegram, preview, feedPort: null, pollInterval: "00:00:01");
        var dan = FakeUser.Create(502, "Dan");

        await SayAndWaitAsync(telegram, dan, "/subscribe https://t.me/s/daily_wire", "Subscribed to Daily Wire");
        var store = bot.Services.GetRequiredService<IFeedStore>();
        var feed = await store.GetOrAddAsync(ChannelAddress.FeedUrl("daily_wire"), null, null, now, default);
        Assert.Equal(45, (await store.GetLatestAsync(feed.Id, 500, default)).Count);
        Assert.Contains(preview.Requests, r => r.PathAndQuery == "/s/daily_wire?before=26");
        Assert.Contains(preview.Requests, r => r.PathAndQuery == "/s/daily_wire?before=6");

        preview.Post("daily_wire", 45, now.AddMinutes(-20), "Bulletin 45 (edited): the regional council met and approved plan number 45.");
        for (var id = 46; id <= 80; id++)
        {
            preview.Post("daily_wire", id, now.AddSeconds(id), $"Bulletin {id}: the harbour authority reopened berth number {id}.");
        }

        await WaitUntilAsync(async () => (await store.GetLatestAsync(feed.Id, 500, default)).Count >= 80);
        var items = await store.GetLatestAsync(feed.Id, 500, default);
        Assert.Equal(80, items.Count);
        Assert.Equal(80, items.Select(i => i.ItemKey).Distinct().Count());
        Assert.Contains(preview.Requests, r => r.PathAndQuery == "/s/daily_wire?before=61");
        Assert.Contains(items, i => i.ItemKey == "https://t.me/daily_wire/80" && i.Link == "https://t.me/daily_wire/80");
    }

    [Fact]
    public async Task A_post_that_links_an_article_is_summarized_from_the_article()
    {
        await using var preview = await ChannelPreviewServer.StartAsync();
        var now = DateTimeOffset.UtcNow;
        var article = $"{preview.BaseUrl}/articles/seoul";
        preview.Article("/articles/seoul", "<html><head><title>Seoul talks</title></head><body><article><h1>Seoul talks</h1>"
            + string.Concat(Fixture.Read("seed-004.txt").Split('\n').Where(l => l.Trim().Length > 0).Select(l => "<p>" + SecurityElement.Escape(l.Trim()) + "</p>"))
            + "</article></body></html>");
        preview.AddChannel("links_only", "Links Only");
        preview.Post("links_only", 7, now.AddMinutes(-15), $"Read: <a href=\"{article}\">{article}</a>", previewUrl: article);
        await using var telegram = await FakeBotApiServer.StartAsync();
        using var bot = await StartAsync(telegram, preview, feedPort: null);
        var erin = FakeUser.Create(503, "Erin");

        await SayAndWaitAsync(telegram, erin, "/subscribe t.me/links_only", "Subscribed to Links Only");
        var digest = await SayAndWaitAsync(telegram, erin, "/digest now", "Your digest ·");

        Assert.Contains("1 story from 1 article", digest, StringComparison.Ordinal);
        Assert.Contains(preview.Requests, r => r.PathAndQuery == "/articles/seoul" && r.Status == 200);
        Assert.Contains("بلينكن", digest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_private_and_preview_off_channels_get_a_reason_and_no_subscription()
    {
        await using var preview = await ChannelPreviewServer.StartAsync();
        preview.AddChannelWithoutPreview("closed_news", "Closed News");
        await using var telegram = await FakeBotApiServer.StartAsync();
        using var bot = await StartAsync(telegram, preview, feedPort: null);
        var finn = FakeUser.Create(504, "Finn");

        await SayAndWaitAsync(telegram, finn, "/subscribe @no_such_channel", "There is no public Telegram channel @no_such_channel");
        await SayAndWaitAsync(telegram, finn, "/subscribe t.me/closed_news", "turned the preview off");
        await SayAndWaitAsync(telegram, finn, "/subscribe https://t.me/+AbCdEf123", "invite link to a private chat");

        Assert.Empty(await bot.Services.GetRequiredService<ISubscriptionStore>().ListAsync(finn.Id, default));
    }

    [Fact]
    public async Task A_channel_that_disappears_stops_being_polled_and_its_subscribers_are_told()
    {
        await using var preview = await ChannelPreviewServer.StartAsync();
        var now = DateTimeOffset.UtcNow;
        preview.AddChannel("short_lived", "Short Lived");
        preview.Post("short_lived", 1, now.AddMinutes(-5), "The harbour authority reopened the northern berth after repairs to the crane.");
        await using var telegram = await FakeBotApiServer.StartAsync();
        using var bot = await StartAsync(telegram, preview, feedPort: null, pollInterval: "00:00:01");
        var gina = FakeUser.Create(505, "Gina");
        await SayAndWaitAsync(telegram, gina, "/subscribe @short_lived", "Subscribed to Short Lived");

        preview.Remove("short_lived");
        await WaitUntilAsync(() => Task.FromResult(preview.Requests.Any(r => r.PathAndQuery == "/s/short_lived" && r.Status == 302)));
        await Task.Delay(TimeSpan.FromSeconds(4));
        var polls = preview.Requests.Count(r => r.PathAndQuery == "/s/short_lived");
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Equal(polls, preview.Requests.Count(r => r.PathAndQuery == "/s/short_lived"));
        var digest = await SayAndWaitAsync(telegram, gina, "/digest now", "Your digest ·");
        Assert.Contains("Short Lived can no longer be read", digest, StringComparison.Ordinal);
        Assert.Contains("There is no public Telegram channel @short_lived", digest, StringComparison.Ordinal);
        var list = await SayAndWaitAsync(telegram, gina, "/subscriptions", "Your feeds");
        Assert.Contains("Short Lived\n   ⚠️ Not checked any more: There is no public Telegram channel @short_lived", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_answer_to_a_forwarded_channel_post_offers_to_add_the_channel_to_the_digest()
    {
        await using var preview = await ChannelPreviewServer.StartAsync();
        preview.AddChannel("almustaqilla", "Al Mustaqilla News");
        preview.Post("almustaqilla", 4242, DateTimeOffset.UtcNow.AddMinutes(-30), PostHtml(Fixture.Read("seed-000.txt")));
        await using var telegram = await FakeBotApiServer.StartAsync();
        using var bot = await StartAsync(telegram, preview, feedPort: null);
        var hana = FakeUser.Create(506, "Hana");

        telegram.Updates.EnqueueForward(hana, Fixture.Read("seed-000.txt"), FakeForwardOrigin.Channel(FakeChat.Channel(9001, "Al Mustaqilla News", "almustaqilla"), 4242));
        await telegram.State.WaitForAsync(s => s.Messages(hana.Id).Any(m => m.ButtonTexts.Contains("Add @almustaqilla to my digest")), ReplyTimeout);
        var answer = telegram.State.Messages(hana.Id).First(m => m.ButtonTexts.Contains("Add @almustaqilla to my digest"));
        telegram.Updates.EnqueueCallbackQuery(hana, answer.MessageId, answer.InlineButtons.Single(b => b.Text.StartsWith("Add ", StringComparison.Ordinal)).CallbackData!);
        await telegram.State.WaitForAsync(s => s.Messages(hana.Id).Any(m => m.Text.Contains("Subscribed to Al Mustaqilla News (@almustaqilla)", StringComparison.Ordinal)), ReplyTimeout);

        var subscription = Assert.Single(await bot.Services.GetRequiredService<ISubscriptionStore>().ListAsync(hana.Id, default));
        Assert.Equal("https://t.me/s/almustaqilla", subscription.FeedUrl);
    }

    internal static string PostHtml(string text) => string.Join("<br/>", text.Split('\n').Select(l => SecurityElement.Escape(l.Trim())));

    private static string Rss(string title, DateTimeOffset now, params string[] seeds)
    {
        var xml = new StringBuilder($"<rss version=\"2.0\"><channel><title>{SecurityElement.Escape(title)}</title>");
        foreach (var (seed, i) in seeds.Select((s, i) => (s, i)))
        {
            var text = Fixture.Read($"seed-{seed}.txt");
            var paragraphs = string.Concat(text.Split('\n').Where(l => l.Trim().Length > 0).Select(l => "<p>" + SecurityElement.Escape(l.Trim()) + "</p>"));
            xml.Append($"<item><guid isPermaLink=\"false\">wire-{seed}</guid><link>https://wire.example/{seed}</link>")
                .Append($"<title>{SecurityElement.Escape(text.Split('\n')[0].Trim())}</title>")
                .Append($"<pubDate>{now.AddMinutes(-20 - 10 * i).ToString("r", CultureInfo.InvariantCulture)}</pubDate>")
                .Append($"<description>{SecurityElement.Escape(paragraphs)}</description></item>");
        }

        return xml.Append("</channel></rss>").ToString();
    }
}
