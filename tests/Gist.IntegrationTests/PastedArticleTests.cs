using Gist.IntegrationTests.Support;
using Gist.Testing.BotApi;

namespace Gist.IntegrationTests;

/// <summary>Paste → reply, with the offline engine (no model configured): the README's first promise.</summary>
public sealed class PastedArticleTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Pasted_arabic_article_is_answered_in_the_same_chat_replying_to_the_message()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram);
        var alice = FakeUser.Create(101, "Alice", "alice");

        var pasted = telegram.Updates.EnqueueText(alice, Fixture.Read("seed-000.txt"));
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.ButtonTexts.Count > 0), Timeout);

        var messages = telegram.State.Messages(alice.Id).OrderBy(m => m.MessageId).ToList();
        var reply = messages[0];
        var all = string.Join('\n', messages.Select(m => m.Text));
        Assert.Equal(pasted.MessageId, reply.ReplyToMessageId);
        Assert.Contains("بلينكن", all, StringComparison.Ordinal);
        Assert.Contains("Attributed statements", all, StringComparison.Ordinal);
        Assert.Contains("without a language model", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.True(reply.LinkPreviewDisabled);
        Assert.Contains("Full translation", messages[^1].ButtonTexts);
        // The unrelated article after "إقرأ أيضاً:" must not leak into the answer.
        Assert.DoesNotContain("صواريخنا قادرة", string.Join('\n', telegram.State.Messages(alice.Id).Select(m => m.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_placeholder_is_edited_into_the_result_rather_than_a_second_message_sent()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram);
        var alice = FakeUser.Create(102, "Alice");

        telegram.Updates.EnqueueText(alice, Fixture.Read("seed-002.txt"));
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.ButtonTexts.Count > 0), Timeout);

        Assert.Single(telegram.State.Messages(alice.Id));
        Assert.NotEmpty(telegram.State.Edits);
    }

    [Fact]
    public async Task Short_text_empty_text_and_unknown_commands_get_specific_replies()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram);
        var alice = FakeUser.Create(103, "Alice");

        telegram.Updates.EnqueueText(alice, "hello there");
        telegram.Updates.EnqueueText(alice, "/frobnicate");
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Count >= 2, Timeout);

        var texts = telegram.State.Messages(alice.Id).Select(m => m.Text).ToList();
        Assert.Contains(texts, t => t.Contains("too short", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("/frobnicate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_explains_the_bot_and_commands_are_registered()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram);
        var alice = FakeUser.Create(104, "Alice");

        telegram.Updates.EnqueueText(alice, "/start");
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Count >= 1 && s.MyCommands.Count > 0, Timeout);

        Assert.Contains("forward a post from a channel", telegram.State.Messages(alice.Id)[0].Text, StringComparison.Ordinal);
        Assert.Contains(telegram.State.MyCommands, c => c.Command == "language");
    }

    [Fact]
    public async Task A_redelivered_update_is_answered_once()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram);
        var alice = FakeUser.Create(105, "Alice");

        var update = telegram.Updates.EnqueueText(alice, Fixture.Read("seed-002.txt"));
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.ButtonTexts.Count > 0), Timeout);
        telegram.Updates.Redeliver(update.UpdateId);
        telegram.Updates.EnqueueText(alice, "/help");
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.Text.Contains("/language", StringComparison.Ordinal)), Timeout);

        Assert.Single(telegram.State.Messages(alice.Id), m => m.ButtonTexts.Count > 0);
    }

    [Fact]
    public async Task A_group_message_not_addressed_to_the_bot_is_left_alone_and_a_mention_is_answered()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram);
        var alice = FakeUser.Create(106, "Alice");
        var group = FakeChat.Group(500, "Newsroom");

        telegram.Updates.EnqueueText(alice, Fixture.Read("seed-002.txt"), group);
        telegram.Updates.EnqueueMention(alice, group, "@" + telegram.Bot.Username + " " + Fixture.Read("seed-002.txt"));
        await telegram.State.WaitForAsync(s => s.Messages(group.Id).Any(m => m.ButtonTexts.Count > 0), Timeout);

        Assert.Single(telegram.State.Messages(group.Id));
    }

    [Fact]
    public async Task The_bot_token_never_appears_in_the_logs()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram);
        var alice = FakeUser.Create(107, "Alice");

        telegram.Updates.EnqueueText(alice, Fixture.Read("seed-000.txt"));
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.ButtonTexts.Count > 0), Timeout);

        Assert.NotEmpty(bot.Logs.Lines);
        Assert.DoesNotContain(telegram.Token, bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(telegram.Token.Split(':')[1], bot.Logs.All, StringComparison.Ordinal);
    }
}
