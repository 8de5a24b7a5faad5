using System.Diagnostics;
using System.Globalization;
using System.Security;
using System.Text.Json;
using Gist.Core.Digests;
using Gist.Digests.Feeds;
using Gist.Digests.Subscriptions;
using Gist.Testing.BotApi;
using Gist.Testing.Hostile;
using Microsoft.Extensions.Time.Testing;
using Gist.Core.Storage;

namespace Gist.IntegrationTests.Digests;

/// <summary>
/// Polling real feeds from a local server through the safe fetcher, on a fake clock: the three formats, a feed that
/// changes, a feed that fails (backoff, Retry-After), and conditional GET with ETag or Last-Modified.
/// </summary>
public sealed class FeedPollingTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2024, 6, 3, 6, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(30);
    private readonly string folder = Directory.CreateTempSubdirectory("gist-poll-").FullName;
    private readonly FakeTimeProvider time = new(Start);
    private FeedServer feeds = null!;
    private FakeBotApiServer telegram = null!;
    private DigestHost host = null!;

    public async Task InitializeAsync()
    {
        feeds = await FeedServer.StartAsync();
        telegram = await FakeBotApiServer.StartAsync();
        host = await DigestHost.CreateAsync(telegram, folder, time, new Dictionary<string, string?>
        {
            ["Fetch:AllowedPorts:0"] = feeds.Port.ToString(CultureInfo.InvariantCulture),
            ["Digests:PollInterval"] = "00:30:00",
        });
    }

    public async Task DisposeAsync()
    {
        host.Dispose();
        await telegram.DisposeAsync();
        await feeds.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task Rss_atom_and_json_feed_are_read_and_a_feed_that_changes_adds_only_its_new_items()
    {
        feeds.Set("/rss", "application/rss+xml", Rss(0, 1));
        feeds.Set("/atom", "application/atom+xml", Atom(10, 11, 12));
        feeds.Set("/feed.json", "application/feed+json", JsonFeed(20));
        var rss = await SubscribeAsync("/rss");
        var atom = await SubscribeAsync("/atom");
        var json = await SubscribeAsync("/feed.json");

        Assert.Equal(6, await Polling.PollDueAsync(default));
        Assert.Equal(2, (await Store.GetLatestAsync(rss, 10, default)).Count);
        Assert.Equal(3, (await Store.GetLatestAsync(atom, 10, default)).Count);
        var jsonItem = Assert.Single(await Store.GetLatestAsync(json, 10, default));
        Assert.Equal("Report 20", jsonItem.Title);
        Assert.Equal("Wire RSS", (await Store.GetAsync(rss, default))!.Title);

        feeds.Set("/rss", "application/rss+xml", Rss(2, 0, 1));
        Assert.Equal(0, await Polling.PollDueAsync(default)); // not due yet: nobody is asked
        time.Advance(Interval);
        Assert.Equal(1, await Polling.PollDueAsync(default));

        var titles = (await Store.GetLatestAsync(rss, 10, default)).Select(i => i.Title).Order().ToList();
        Assert.Equal(["Report 0", "Report 1", "Report 2"], titles);
        Assert.Equal(2, feeds.Requests.Count(r => r.Status == 304)); // the unchanged Atom and JSON feeds
    }

    [Fact]
    public async Task A_feed_that_turns_hostile_is_refused_by_the_poller_within_the_budget_and_backs_off()
    {
        feeds.Set("/atom", "application/atom+xml", Atom(10));
        var id = await SubscribeAsync("/atom");
        Assert.Equal(1, await Polling.PollDueAsync(default));

        // Atom xhtml content nested 100,000 deep (1.1 MB): it once grew to 4.4 GB and OutOfMemoryException.
        feeds.Set("/atom", "application/atom+xml", HostileFiles.AtomNestedXhtml(100_000));
        time.Advance(Interval);
        var clock = Stopwatch.StartNew();
        Assert.Equal(0, await Polling.PollDueAsync(default));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        var failed = (await Store.GetAsync(id, default))!;
        Assert.Equal(1, failed.Failures);
        Assert.Contains("nested more than", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(time.GetUtcNow() + (Interval * 2), failed.NextPollAt);
    }

    [Fact]
    public async Task A_page_announcing_thousands_of_feeds_costs_only_a_few_fetches()
    {
        feeds.Set("/site", "text/html", HostileFiles.PageWithAlternates(20_000, feeds.BaseUrl));

        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<FeedFetchException>(() => host.Get<SubscriptionService>().SubscribeAsync(1, new Uri(feeds.BaseUrl + "/site"), default));

        Assert.Contains("no RSS, Atom or JSON feed", error.Message, StringComparison.Ordinal);
        Assert.Equal(1 + FeedLocator.MaxCandidates, feeds.Requests.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_failing_feed_backs_off_honours_retry_after_and_recovers()
    {
        feeds.Set("/rss", "application/rss+xml", Rss(0));
        feeds.Fail("/rss", 503, "7200");
        var id = await SubscribeAsync("/rss");

        Assert.Equal(0, await Polling.PollDueAsync(default));
        var failed = (await Store.GetAsync(id, default))!;
        Assert.Equal(1, failed.Failures);
        Assert.Equal(Start.AddHours(2), failed.NextPollAt); // Retry-After (2 h) over the backoff (1 h)
        Assert.Contains("503", failed.LastError, StringComparison.Ordinal);

        feeds.Fail("/rss", 500);
        time.Advance(TimeSpan.FromHours(1));
        await Polling.PollDueAsync(default);
        Assert.Single(feeds.Requests); // inside the Retry-After: not asked again
        time.Advance(TimeSpan.FromHours(1));
        await Polling.PollDueAsync(default);
        var again = (await Store.GetAsync(id, default))!;
        Assert.Equal(2, again.Failures);
        Assert.Equal(time.GetUtcNow() + (Interval * 4), again.NextPollAt); // 30 min × 2²

        feeds.Recover("/rss");
        time.Advance(Interval * 4);
        Assert.Equal(1, await Polling.PollDueAsync(default));
        var recovered = (await Store.GetAsync(id, default))!;
        Assert.Equal(0, recovered.Failures);
        Assert.Null(recovered.LastError);
        Assert.Equal(time.GetUtcNow() + Interval, recovered.NextPollAt);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_unchanged_feed_is_asked_conditionally_and_answers_304(bool lastModified)
    {
        feeds.UseLastModified = lastModified;
        feeds.Set("/rss", "application/rss+xml", Rss(0, 1), new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero));
        await SubscribeAsync("/rss");

        Assert.Equal(2, await Polling.PollDueAsync(default));
        time.Advance(Interval);
        Assert.Equal(0, await Polling.PollDueAsync(default));

        var requests = feeds.Requests.ToList();
        Assert.Equal([200, 304], requests.Select(r => r.Status));
        Assert.Null(requests[0].IfNoneMatch ?? requests[0].IfModifiedSince);
        if (lastModified)
        {
            Assert.Equal("Sat, 01 Jun 2024 12:00:00 GMT", requests[1].IfModifiedSince);
        }
        else
        {
            Assert.StartsWith("\"", requests[1].IfNoneMatch, StringComparison.Ordinal);
        }

        // A new version is fetched in full again.
        feeds.Set("/rss", "application/rss+xml", Rss(2, 0, 1), new DateTimeOffset(2024, 6, 3, 6, 10, 0, TimeSpan.Zero));
        time.Advance(Interval);
        Assert.Equal(1, await Polling.PollDueAsync(default));
    }

    private FeedPollingService Polling => host.Get<FeedPollingService>();

    private IFeedStore Store => host.Get<IFeedStore>();

    private async Task<long> SubscribeAsync(string path)
    {
        var feed = await Store.GetOrAddAsync(feeds.BaseUrl + path, null, null, time.GetUtcNow(), default);
        await host.Get<ISubscriptionStore>().AddAsync(1, feed.Id, time.GetUtcNow(), default);
        return feed.Id;
    }

    private static string Text(int n) => NewsItems.Unrelated(n, null).Text;

    private static string Rss(params int[] items) =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire RSS</title><link>https://wire.example/</link>" +
        string.Concat(items.Select(n => $"<item><guid>rss-{n}</guid><title>Report {n}</title><link>https://wire.example/rss/{n}</link>" +
            $"<pubDate>{Start.AddHours(-n - 1):R}</pubDate><description>{SecurityElement.Escape(Text(n))}</description></item>")) +
        "</channel></rss>";

    private static string Atom(params int[] items) =>
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire Atom</title>" +
        string.Concat(items.Select(n => $"<entry><id>urn:atom:{n}</id><title>Report {n}</title><link href=\"https://wire.example/atom/{n}\"/>" +
            $"<updated>{Start.AddHours(-1):O}</updated><content type=\"text\">{SecurityElement.Escape(Text(n))}</content></entry>")) +
        "</feed>";

    private static string JsonFeed(params int[] items) => JsonSerializer.Serialize(new
    {
        version = "https://jsonfeed.org/version/1.1",
        title = "Wire JSON",
        items = items.Select(n => new { id = $"json-{n}", url = $"https://wire.example/json/{n}", title = $"Report {n}", content_text = Text(n), date_published = Start.AddHours(-1).ToString("O", CultureInfo.InvariantCulture) }),
    });
}
