using Gist.IntegrationTests.Support;
using Gist.Telegram.Processing;
using Gist.Testing.BotApi;

namespace Gist.IntegrationTests.Digests;

/// <summary>A new user's digest commands: every one answered, none crashing, the first digest not empty (issue 13).</summary>
public sealed class FirstHourDigestTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Digest_time_understands_the_usual_ways_of_writing_a_time_and_explains_each_bad_one_with_an_example()
    {
        await using var feeds = await FeedServer.StartAsync();
        await using var telegram = await FakeBotApiServer.StartAsync();
        using var bot = await DigestCommandTests.StartAsync(telegram, feeds.Port);
        var alice = FakeUser.Create(1331, "Alice");
        var inputs = new[] { "/digest_time 25:99", "/digest_time 7", "/digest_time 8:30 PM", "/digest_time 8pm", "/digest_time 13pm", "/digest_time soon", "/digest_time 08:00", "/timezone ../../etc/passwd" };

        var sent = inputs.Select(text => telegram.Updates.EnqueueText(alice, text)).ToList();
        await telegram.State.WaitForAsync(s => sent.All(u => s.Messages(alice.Id).Any(m => m.ReplyToMessageId == u.MessageId)), Timeout);

        string ReplyTo(int index) => telegram.State.Messages(alice.Id).Single(m => m.ReplyToMessageId == sent[index].MessageId).Text;
        Assert.Contains("minutes 00 to 59", ReplyTo(0), StringComparison.Ordinal);
        Assert.Contains("daily at 07:00", ReplyTo(1), StringComparison.Ordinal);
        Assert.Contains("daily at 20:30", ReplyTo(2), StringComparison.Ordinal);
        Assert.Contains("daily at 20:00", ReplyTo(3), StringComparison.Ordinal);
        Assert.Contains("With am or pm the hour is 1 to 12", ReplyTo(4), StringComparison.Ordinal);
        Assert.Contains("I can't read \"soon\" as a time of day", ReplyTo(5), StringComparison.Ordinal);
        Assert.Contains("/digest_time 8pm", ReplyTo(5), StringComparison.Ordinal);
        Assert.Contains("daily at 08:00", ReplyTo(6), StringComparison.Ordinal);
        Assert.Contains("I don't know the time zone", ReplyTo(7), StringComparison.Ordinal);
        Assert.DoesNotContain(telegram.State.Messages(alice.Id), m => m.Text == UpdateDispatcher.GiveUpText);
    }

    [Fact]
    public async Task Filter_without_feeds_reading_with_a_wrong_word_and_a_removed_feed_each_get_the_answer_a_user_expects()
    {
        await using var feeds = await FeedServer.StartAsync();
        feeds.Set("/atom.xml", "application/atom+xml", DigestCommandTests.Atom("Local Wire", DateTimeOffset.UtcNow,
            ("Ministers meet in Seoul", "Foreign ministers met in Seoul on Thursday and discussed deterrence at length. " + DigestCommandTests.Filler("They pledged closer coordination. "))));
        await using var telegram = await FakeBotApiServer.StartAsync();
        using var bot = await DigestCommandTests.StartAsync(telegram, feeds.Port);
        var alice = FakeUser.Create(1332, "Alice");

        var filter = telegram.Updates.EnqueueText(alice, "/filter 5 word");
        var reading = telegram.Updates.EnqueueText(alice, "/reading maybe");
        telegram.Updates.EnqueueText(alice, $"/subscribe {feeds.BaseUrl}/atom.xml");
        var list = telegram.Updates.EnqueueText(alice, "/subscriptions");
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.ReplyToMessageId == list.MessageId), Timeout);

        var messages = telegram.State.Messages(alice.Id);
        var filterReply = messages.Single(m => m.ReplyToMessageId == filter.MessageId).Text;
        Assert.Contains("You follow no feeds yet", filterReply, StringComparison.Ordinal);
        Assert.DoesNotContain("1 to 0", filterReply, StringComparison.Ordinal);
        Assert.StartsWith("I don't understand \"maybe\".", messages.Single(m => m.ReplyToMessageId == reading.MessageId).Text, StringComparison.Ordinal);

        var listMessage = messages.Single(m => m.ReplyToMessageId == list.MessageId);
        var remove = listMessage.InlineButtons.First(b => b.Text.StartsWith('✖'));
        telegram.Updates.EnqueueCallbackQuery(alice, listMessage.MessageId, remove.CallbackData!);
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.Text.StartsWith("Unsubscribed from Local Wire", StringComparison.Ordinal)), Timeout);

        var refreshed = telegram.State.Message(alice.Id, listMessage.MessageId)!;
        Assert.Contains("You follow no feeds now", refreshed.Text, StringComparison.Ordinal);
        Assert.Empty(refreshed.InlineButtons);
    }

    [Fact]
    public async Task The_first_digest_covers_the_items_shown_at_subscribe_and_your_reading_lists_each_article_once_with_a_short_title()
    {
        await using var feeds = await FeedServer.StartAsync();
        var weekAgo = DateTimeOffset.UtcNow.AddDays(-7);
        feeds.Set("/atom.xml", "application/atom+xml", DigestCommandTests.Atom("Local Wire", weekAgo,
            ("Ministers meet in Seoul", "Foreign ministers of Korea and the United States met in Seoul on Thursday and discussed deterrence and regional security at length. " + DigestCommandTests.Filler("The ministers pledged closer military coordination and joint exercises. ")),
            ("Storm hits the coast", "A strong storm hit the northern coast overnight, cutting power to thousands of homes, officials said on Friday morning. " + DigestCommandTests.Filler("Rescue crews cleared fallen trees and flooded roads across several villages. "))));
        await using var telegram = await FakeBotApiServer.StartAsync();
        using var bot = await DigestCommandTests.StartAsync(telegram, feeds.Port);
        var alice = FakeUser.Create(1333, "Alice");
        var longFirstParagraph = string.Concat(Enumerable.Repeat("The council met for a long session on the budget and the schools plan, ", 4)).Trim() + ".";
        var article = longFirstParagraph + "\n" + DigestCommandTests.Filler("The mayor said the plan would fund new schools. Critics said taxes would rise. ");

        telegram.Updates.EnqueueText(alice, $"/subscribe {feeds.BaseUrl}/atom.xml");
        telegram.Updates.EnqueueText(alice, article);
        telegram.Updates.EnqueueText(alice, article + "\nShare this article");
        telegram.Updates.EnqueueText(alice, "/digest now");
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.Text.Contains("Your digest ·", StringComparison.Ordinal)), Timeout);
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.Text.StartsWith("Your digest:", StringComparison.Ordinal)), Timeout);

        var digest = string.Join('\n', telegram.State.Messages(alice.Id).SkipWhile(m => !m.Text.Contains("Your digest ·", StringComparison.Ordinal)).Select(m => m.Text));
        Assert.Contains("2 stories from 2 articles", digest, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing new", digest, StringComparison.Ordinal);
        var reading = digest[digest.IndexOf("Your reading today", StringComparison.Ordinal)..].Split('\n').Skip(1).TakeWhile(l => l.StartsWith('•')).ToList();
        var entry = Assert.Single(reading);
        Assert.InRange(entry.Length, 10, 2 + 101 + 40);
    }
}
