using System.Text;
using Gist.Testing.BotApi;
using Gist.Testing.Hostile;

namespace Gist.IntegrationTests.Digests;

/// <summary>
/// An OPML list sent to the bot: it tries at most as many addresses as the chat has subscriptions left, failed ones
/// included, and says how many it skipped, so one file cannot make the bot fetch without end (issue 11).
/// </summary>
public sealed class OpmlImportTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task An_opml_list_of_5000_feeds_tries_only_the_chats_remaining_subscriptions_and_says_how_many_it_skipped()
    {
        await using var feeds = await FeedServer.StartAsync();
        feeds.Set("/feeds/0.xml", "application/atom+xml", DigestCommandTests.Atom("Wire Zero", DateTimeOffset.UtcNow,
            ("Ministers meet in Seoul", "Foreign ministers met in Seoul on Thursday. " + DigestCommandTests.Filler("They pledged closer coordination. "))));
        feeds.Set("/feeds/2.xml", "application/atom+xml", DigestCommandTests.Atom("Wire Two", DateTimeOffset.UtcNow,
            ("Talks resume in Doha", "Negotiators returned to Doha on Friday. " + DigestCommandTests.Filler("Both sides called the talks useful. "))));
        await using var telegram = await FakeBotApiServer.StartAsync();
        using var bot = await DigestCommandTests.StartAsync(telegram, feeds.Port, new Dictionary<string, string?> { ["Digests:MaxSubscriptionsPerChat"] = "3" });
        var mallory = FakeUser.Create(1341, "Mallory");

        var opml = Encoding.UTF8.GetBytes(HostileFiles.OpmlMany(5_000, feeds.BaseUrl));
        telegram.Updates.EnqueueDocument(mallory, opml, "many.opml", "text/x-opml");
        await telegram.State.WaitForAsync(s => s.Messages(mallory.Id).Any(m => m.Text.StartsWith("Imported", StringComparison.Ordinal)), Timeout);

        var reply = telegram.State.Messages(mallory.Id).Single(m => m.Text.StartsWith("Imported", StringComparison.Ordinal)).Text;
        Assert.StartsWith("Imported 2 feeds: Wire Zero, Wire Two.", reply, StringComparison.Ordinal);
        Assert.Contains($"{feeds.BaseUrl}/feeds/1.xml", reply, StringComparison.Ordinal);
        Assert.Contains("Skipped 4997 more feeds: a chat can have at most 3 subscriptions.", reply, StringComparison.Ordinal);

        // Only the first three addresses (and what the failed one's discovery tried on the same site) were fetched.
        var fetched = feeds.Requests.Select(r => r.Path).Distinct().ToList();
        Assert.DoesNotContain(fetched, p => p.StartsWith("/feeds/", StringComparison.Ordinal) && p is not ("/feeds/0.xml" or "/feeds/1.xml" or "/feeds/2.xml"));
        Assert.True(feeds.Requests.Count <= 3 + 7, $"{feeds.Requests.Count} requests: {string.Join(", ", feeds.Requests.Select(r => r.Path))}");

        var list = telegram.Updates.EnqueueText(mallory, "/subscriptions");
        await telegram.State.WaitForAsync(s => s.Messages(mallory.Id).Any(m => m.ReplyToMessageId == list.MessageId), Timeout);
        var subscriptions = telegram.State.Messages(mallory.Id).Single(m => m.ReplyToMessageId == list.MessageId).Text;
        Assert.Contains("Wire Zero", subscriptions, StringComparison.Ordinal);
        Assert.Contains("Wire Two", subscriptions, StringComparison.Ordinal);
    }
}
