using System.Globalization;
using System.Security;
using System.Text;
using Gist.Hosting;
using Gist.IntegrationTests.Digests;
using Gist.IntegrationTests.Support;
using Gist.Telegram;
using Gist.Telegram.Digests;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gist.IntegrationTests.Hostile;

/// <summary>
/// The fake model in hostile mode behind a digest: each item's summary and the story's merged headline and summary
/// (two outlets report one event) are model text. Whatever the model writes, the digest is safe and it arrives.
/// </summary>
public sealed class HostileModelDigestTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    // Everything carries markup, links, bidi and zero-width characters at once: the suite stays short.
    private static readonly HostileAnswer[] Modes =
        [HostileAnswer.Everything, HostileAnswer.OverLong, HostileAnswer.OverShort, HostileAnswer.WrongLanguage, HostileAnswer.DelimiterEcho];

    [Fact]
    public async Task Every_hostile_answer_in_a_digest_story_reaches_the_subscriber_safe()
    {
        var model = new HostileModel();
        await using var server = await FakeOpenAiServer.StartAsync(model.RespondAsync);
        await using var feeds = await FeedServer.StartAsync();
        await using var telegram = await FakeBotApiServer.StartAsync();
        using var host = await StartAsync(telegram, feeds.Port, server);

        foreach (var (mode, index) in Modes.Select((m, i) => (m, i)))
        {
            model.Mode = mode;
            var user = FakeUser.Create(1400 + index, "Subscriber");
            var source = new StringBuilder();
            foreach (var outlet in new[] { "a", "b" })
            {
                var (path, xml, link, text) = Feed(index, outlet);
                feeds.Set(path, "application/atom+xml", xml);
                source.Append(feeds.BaseUrl).Append(path).Append('\n').Append(link).Append('\n').Append(text).Append('\n');
                var before = telegram.State.Messages(user.Id).Count;
                telegram.Updates.EnqueueText(user, $"/subscribe {feeds.BaseUrl}{path}");
                await telegram.State.WaitForAsync(s => SafeReplies.Settled(s, user.Id, before), Timeout);
            }

            telegram.Updates.EnqueueText(user, "/digest now");
            await telegram.State.WaitForAsync(s => s.Messages(user.Id).Any(m => m.Text.Contains("Your digest ·", StringComparison.Ordinal)), Timeout);

            var digest = telegram.State.Messages(user.Id).First(m => m.Text.Contains("Your digest ·", StringComparison.Ordinal));
            Assert.Contains("1 story from 2 articles", digest.Text, StringComparison.Ordinal);
            Assert.All(telegram.State.Messages(user.Id), m => SafeReplies.AssertSafe(m, source.ToString()));
        }

        SafeReplies.AssertNoRefusals(telegram.State);
        Assert.Contains(server.Requests, r => r.SchemaName == "digest_story");
        Assert.Contains(server.Requests, r => r.SchemaName == "article_summary");
    }

    /// <summary>One outlet's report of the mode's event: the two outlets' texts differ only in their closing words.</summary>
    private static (string Path, string Xml, string Link, string Text) Feed(int index, string outlet)
    {
        var path = $"/m{index}/{outlet}.xml";
        var link = $"https://wire-{outlet}.example/{index}";
        var text = $"Foreign ministers of Korea and the United States met in Seoul on day {index} and discussed deterrence and regional security at length. " +
            string.Concat(Enumerable.Repeat("The ministers pledged closer military coordination and joint exercises in the region. ", 5)) +
            $"Outlet {outlet} reported it.";
        var xml = $"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire {outlet.ToUpperInvariant()} {index}</title>" +
            $"<entry><id>urn:{index}:{outlet}</id><title>Ministers meet in Seoul</title><link href=\"{link}\"/>" +
            $"<published>{DateTimeOffset.UtcNow.AddHours(-1):O}</published><content type=\"text\">{SecurityElement.Escape(text)}</content></entry></feed>";
        return (path, xml, link, text);
    }

    private static async Task<IHost> StartAsync(FakeBotApiServer telegram, int feedPort, FakeOpenAiServer model)
    {
        var folder = Directory.CreateTempSubdirectory("gist-hostile-digest-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = telegram.Token,
            ["Telegram:ApiBaseUrl"] = telegram.BaseUrl,
            ["Telegram:PollingTimeoutSeconds"] = "1",
            ["Storage:Path"] = Path.Combine(folder, "gist.db"),
            ["Fetch:AllowPrivateNetworks"] = "true",
            ["Fetch:AllowedPorts:0"] = feedPort.ToString(CultureInfo.InvariantCulture),
            ["Digests:Tick"] = "00:00:01",
            ["Llm:Resilience:RerunFallbacks"] = "false",
        };
        foreach (var (key, value) in ModelSettings.OpenAi(model))
        {
            settings[key] = value;
        }

        var builder = GistHost.CreateBuilder(logToStandardError: false, settings);
        builder.Logging.ClearProviders();
        builder.AddGistPipeline();
        builder.AddGistTelegram();
        builder.AddGistDigests();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
