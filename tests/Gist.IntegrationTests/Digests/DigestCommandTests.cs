using System.Security;
using System.Text;
using Gist.Hosting;
using Gist.IntegrationTests.Support;
using Gist.Telegram;
using Gist.Telegram.Digests;
using Gist.Testing.BotApi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gist.IntegrationTests.Digests;

/// <summary>The real host with digests registered as in <c>gist bot</c>, a local feed server and the fake Bot API.</summary>
public sealed class DigestCommandTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Subscribe_to_a_site_finds_its_feed_and_digest_now_sends_the_stories()
    {
        await using var feeds = await FeedServer.StartAsync();
        var now = DateTimeOffset.UtcNow;
        feeds.Set("/", "text/html", "<html><head><link rel=\"alternate\" type=\"application/atom+xml\" href=\"/atom.xml\"></head><body>Home</body></html>");
        feeds.Set("/atom.xml", "application/atom+xml", Atom("Local Wire", now,
            ("Ministers meet in Seoul", "Foreign ministers of Korea and the United States met in Seoul on Thursday and discussed deterrence and regional security at length. " + Filler("The ministers pledged closer military coordination and joint exercises. ")),
            ("Storm hits the coast", "A strong storm hit the northern coast overnight, cutting power to thousands of homes, officials said on Friday morning. " + Filler("Rescue crews cleared fallen trees and flooded roads across several villages. "))));
        await using var telegram = await FakeBotApiServer.StartAsync();
        using var bot = await StartAsync(telegram, feeds.Port);
        var alice = FakeUser.Create(401, "Alice");

        telegram.Updates.EnqueueText(alice, $"/subscribe {feeds.BaseUrl}/");
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.Text.Contains("Subscribed to Local Wire", StringComparison.Ordinal)), Timeout);
        Assert.Contains(telegram.State.Messages(alice.Id), m => m.Text.Contains("Ministers meet in Seoul", StringComparison.Ordinal));

        telegram.Updates.EnqueueText(alice, "/digest now");
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.Text.Contains("Your digest ·", StringComparison.Ordinal)), Timeout);
        var digest = telegram.State.Messages(alice.Id).First(m => m.Text.Contains("Your digest ·", StringComparison.Ordinal)).Text;
        Assert.Contains("2 stories from 2 articles", digest, StringComparison.Ordinal);
        Assert.Contains("Sources: Local Wire", digest, StringComparison.Ordinal);
        Assert.Contains(feeds.Requests, r => r.Path == "/atom.xml" && r.Status == 304);
    }

    [Fact]
    public async Task Five_seed_articles_republished_by_three_local_feeds_within_two_hours_make_three_stories()
    {
        await using var feeds = await FeedServer.StartAsync();
        var now = DateTimeOffset.UtcNow;
        feeds.Set("/mustaqilla.xml", "application/rss+xml", SeedRss("Al Mustaqilla", now, "000", "001"));
        feeds.Set("/jazeera.xml", "application/rss+xml", SeedRss("Al Jazeera", now, "002", "003"));
        feeds.Set("/asharq.xml", "application/rss+xml", SeedRss("Asharq Al-Awsat", now, "004"));
        await using var telegram = await FakeBotApiServer.StartAsync();
        using var bot = await StartAsync(telegram, feeds.Port);
        var bob = FakeUser.Create(402, "Bob");

        foreach (var (feed, title) in new[] { ("mustaqilla", "Al Mustaqilla"), ("jazeera", "Al Jazeera"), ("asharq", "Asharq Al-Awsat") })
        {
            telegram.Updates.EnqueueText(bob, $"/subscribe {feeds.BaseUrl}/{feed}.xml");
            await telegram.State.WaitForAsync(s => s.Messages(bob.Id).Any(m => m.Text.Contains($"Subscribed to {title}", StringComparison.Ordinal)), Timeout);
        }

        telegram.Updates.EnqueueText(bob, "/digest now");
        await telegram.State.WaitForAsync(s => s.Messages(bob.Id).Any(m => m.Text.Contains("Your digest ·", StringComparison.Ordinal)), Timeout);
        var digest = string.Join("\n", telegram.State.Messages(bob.Id).SkipWhile(m => !m.Text.Contains("Your digest ·", StringComparison.Ordinal)).Select(m => m.Text));
        Assert.Contains("3 stories from 5 articles", digest, StringComparison.Ordinal);
        Assert.Contains("3 outlets", digest, StringComparison.Ordinal);

        // Which articles each story holds, read from its "Sources:" links: the Seoul three together, 001 and 003 each alone.
        // A long digest comes in several messages: wait for all three stories.
        List<string> Stories(FakeBotApiState state) => state.Messages(bob.Id).SkipWhile(m => !m.Text.Contains("Your digest ·", StringComparison.Ordinal))
            .SelectMany(StorySources).Select(s => string.Join(' ', s.Order(StringComparer.Ordinal))).ToList();
        await telegram.State.WaitForAsync(s => Stories(s).Count >= 3, Timeout);
        var stories = Stories(telegram.State);
        Assert.Equal(3, stories.Count);
        Assert.Contains("000 002 004", stories);
        Assert.Contains("001", stories);
        Assert.Contains("003", stories);
    }

    /// <summary>The seed ids each story block of a digest message links to (its sources' addresses end with the seed id).</summary>
    private static IEnumerable<List<string>> StorySources(FakeBotMessage message)
    {
        var start = 0;
        foreach (var block in message.Text.Split("\n\n"))
        {
            var end = start + block.Length;
            var seeds = message.Entities.Where(e => e.Url is not null && e.Offset >= start && e.Offset < end).Select(e => e.Url![^3..]).ToList();
            if (block.Contains("outlet", StringComparison.Ordinal) && seeds.Count > 0)
            {
                yield return seeds;
            }

            start = end + 2;
        }
    }

    /// <summary>An RSS feed whose items are seed articles as pasted (date line and read-also tail included), all dated in the last two hours.</summary>
    private static string SeedRss(string title, DateTimeOffset now, params string[] seeds)
    {
        var xml = new StringBuilder($"<rss version=\"2.0\"><channel><title>{SecurityElement.Escape(title)}</title>");
        foreach (var (seed, i) in seeds.Select((s, i) => (s, i)))
        {
            var text = Fixture.Read($"seed-{seed}.txt");
            var paragraphs = string.Concat(text.Split('\n').Where(l => l.Trim().Length > 0).Select(l => "<p>" + SecurityElement.Escape(l.Trim()) + "</p>"));
            xml.Append($"<item><guid isPermaLink=\"false\">{seed}</guid><link>https://{title.Replace(' ', '-')}.example/{seed}</link>")
                .Append($"<title>{SecurityElement.Escape(text.Split('\n')[0].Trim())}</title>")
                .Append($"<pubDate>{now.AddMinutes(-30 - 40 * i).ToString("r", System.Globalization.CultureInfo.InvariantCulture)}</pubDate>")
                .Append($"<description>{SecurityElement.Escape(paragraphs)}</description></item>");
        }

        return xml.Append("</channel></rss>").ToString();
    }

    internal static async Task<IHost> StartAsync(FakeBotApiServer telegram, int feedPort, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var folder = Directory.CreateTempSubdirectory("gist-digest-it-").FullName;
        var overrides = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = telegram.Token,
            ["Telegram:ApiBaseUrl"] = telegram.BaseUrl,
            ["Telegram:PollingTimeoutSeconds"] = "1",
            ["Storage:Path"] = Path.Combine(folder, "gist.db"),
            ["Llm:Provider"] = "offline",
            ["Fetch:AllowPrivateNetworks"] = "true",
            ["Fetch:AllowedPorts:0"] = feedPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Digests:Tick"] = "00:00:01",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        var builder = GistHost.CreateBuilder(logToStandardError: false, overrides);
        builder.Logging.ClearProviders();
        builder.AddGistPipeline();
        builder.AddGistTelegram();
        builder.AddGistDigests();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    internal static string Filler(string sentence) => string.Concat(Enumerable.Repeat(sentence, 6));

    internal static string Atom(string title, DateTimeOffset now, params (string Title, string Text)[] entries)
    {
        var xml = new StringBuilder($"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>{SecurityElement.Escape(title)}</title>");
        foreach (var (entry, i) in entries.Select((e, i) => (e, i)))
        {
            xml.Append($"<entry><id>urn:{i}</id><title>{SecurityElement.Escape(entry.Title)}</title><link href=\"https://wire.example/{i}\"/>")
                .Append($"<published>{now.AddHours(-1 - i):O}</published><content type=\"text\">{SecurityElement.Escape(entry.Text)}</content></entry>");
        }

        return xml.Append("</feed>").ToString();
    }
}
