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

    internal static async Task<IHost> StartAsync(FakeBotApiServer telegram, int feedPort)
    {
        var folder = Directory.CreateTempSubdirectory("gist-digest-it-").FullName;
        var builder = GistHost.CreateBuilder(logToStandardError: false, new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = telegram.Token,
            ["Telegram:ApiBaseUrl"] = telegram.BaseUrl,
            ["Telegram:PollingTimeoutSeconds"] = "1",
            ["Storage:Path"] = Path.Combine(folder, "gist.db"),
            ["Llm:Provider"] = "offline",
            ["Fetch:AllowPrivateNetworks"] = "true",
            ["Fetch:AllowedPorts:0"] = feedPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Digests:Tick"] = "00:00:01",
        });
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
