using Gist.IntegrationTests.Support;
using Gist.Telegram.Processing;
using Gist.Testing.BotApi;

namespace Gist.IntegrationTests.FirstHour;

/// <summary>A new user's first messages, offline engine: each gets the reply a person expects (issue 13).</summary>
public sealed class FirstHourReplyTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Help_shows_what_the_bot_does_grouped_as_read_an_article_digests_and_settings_in_a_few_lines()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();

        // The host `gist bot` runs: with the digests, whose commands the help lists under their own heading.
        using var bot = await Digests.DigestCommandTests.StartAsync(telegram, feedPort: 443);
        var alice = FakeUser.Create(1301, "Alice");

        telegram.Updates.EnqueueText(alice, "/start");
        telegram.Updates.EnqueueText(alice, "/help");
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Count >= 2, Timeout);

        var messages = telegram.State.Messages(alice.Id);
        Assert.Equal(messages[0].Text, messages[1].Text);
        var help = messages[1].Text;
        Assert.True(help.IndexOf("Read an article", StringComparison.Ordinal) < help.IndexOf("Daily digest", StringComparison.Ordinal));
        Assert.True(help.IndexOf("Daily digest", StringComparison.Ordinal) < help.IndexOf("Settings", StringComparison.Ordinal));
        foreach (var command in new[] { "/subscribe", "/subscriptions", "/digest now", "/digest_time", "/timezone", "/filter", "/language", "/help" })
        {
            Assert.Contains(command, help, StringComparison.Ordinal);
        }

        Assert.InRange(help.Split('\n').Length, 5, 15);
    }

    [Fact]
    public async Task A_message_that_only_mentions_the_bot_is_invited_to_send_an_article()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram);
        var alice = FakeUser.Create(1302, "Alice");
        var group = FakeChat.Group(1302, "Readers");

        telegram.Updates.EnqueueMention(alice, group, "");
        await telegram.State.WaitForAsync(s => s.Messages(group.Id).Count >= 1, Timeout);

        var reply = telegram.State.Messages(group.Id)[0].Text;
        Assert.DoesNotContain("empty", reply, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("/help", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forwarded_post_shows_the_date_of_the_post_not_of_the_forward()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram);
        var alice = FakeUser.Create(1303, "Alice");
        var channel = FakeChat.Channel(1303, "Wire Daily", "wiredaily");
        const string Post = "The city council approved the new budget on Tuesday after a long debate. " +
            "The mayor said the plan would fund three new schools and repair old bridges. " +
            "Opposition members said the taxes it needs are too high for small shops.";

        telegram.Updates.EnqueueForward(alice, Post, FakeForwardOrigin.Channel(channel, 77, date: new DateTimeOffset(2024, 3, 5, 9, 0, 0, TimeSpan.Zero)));
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.Text.Contains("Wire Daily", StringComparison.Ordinal)), Timeout);

        var reply = telegram.State.Messages(alice.Id).First(m => m.Text.Contains("Wire Daily", StringComparison.Ordinal)).Text;
        Assert.Contains("2024-03-05", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_offline_answer_shows_each_quoted_sentence_once()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram);
        var alice = FakeUser.Create(1304, "Alice");

        telegram.Updates.EnqueueText(alice, Fixture.Read("seed-004.txt"));
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.ButtonTexts.Count > 0), Timeout);

        var messages = telegram.State.Messages(alice.Id);
        var all = string.Join('\n', messages.Select(m => m.Text));
        var quotes = messages.SelectMany(m => m.Entities.Where(e => e.Type.Contains("blockquote", StringComparison.Ordinal))
            .Select(e => m.Text.Substring(e.Offset, e.Length).Trim())).ToList();
        Assert.NotEmpty(quotes);
        foreach (var quote in quotes)
        {
            var first = all.IndexOf(quote, StringComparison.Ordinal);
            Assert.True(all.IndexOf(quote, first + 1, StringComparison.Ordinal) < 0, $"Shown twice: {quote}");
        }

        Assert.DoesNotContain(UpdateDispatcher.GiveUpText, all, StringComparison.Ordinal);
    }
}
