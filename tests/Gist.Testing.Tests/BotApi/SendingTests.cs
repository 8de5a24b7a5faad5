using Gist.Testing.BotApi;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Gist.Testing.Tests.BotApi;

public sealed class SendingTests : BotApiFixture
{
    private static readonly InlineKeyboardMarkup Keyboard =
        new(InlineKeyboardButton.WithCallbackData("Full translation", "translate:7"));

    [Fact]
    public async Task Valid_html_is_sent_with_visible_text_recorded_and_markup_echoed()
    {
        const string html = "<b>Headline</b>\n<i>Blinken &amp; Park</i> met in <a href=\"https://x.example\">Seoul</a> &lt;3";

        var sent = await Bot.SendMessage(Alice.Id, html, ParseMode.Html, replyMarkup: Keyboard,
            linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true });

        Assert.Equal("Headline\nBlinken & Park met in Seoul <3", sent.Text);
        Assert.Equal(Server.Bot.Id, sent.From!.Id);
        Assert.Equal(Alice.Id, sent.Chat.Id);
        Assert.Equal("translate:7", sent.ReplyMarkup!.InlineKeyboard.Single().Single().CallbackData);
        Assert.Equal([MessageEntityType.Bold, MessageEntityType.Italic, MessageEntityType.TextLink], sent.Entities!.Select(e => e.Type));
        var recorded = Assert.Single(Server.State.Messages(Alice.Id));
        Assert.Equal(sent.Id, recorded.MessageId);
        Assert.Equal(html, recorded.RawText);
        Assert.True(recorded.LinkPreviewDisabled);
        Assert.Equal(["Full translation"], recorded.ButtonTexts);
    }

    [Fact]
    public async Task Message_ids_increase_per_chat()
    {
        var a1 = await Bot.SendMessage(Alice.Id, "one");
        var a2 = await Bot.SendMessage(Alice.Id, "two");
        var b1 = await Bot.SendMessage(999, "other chat");

        Assert.Equal(a1.Id + 1, a2.Id);
        Assert.Equal(1, b1.Id);
    }

    [Theory]
    [InlineData("<div>x</div>", "Unsupported start tag \"div\"")]
    [InlineData("<b>bold <i>both</b></i>", "Unmatched end tag")]
    [InlineData("<b>never closed", "Can't find end tag corresponding to start tag \"b\"")]
    [InlineData("1 < 2", "Unsupported start tag \"\"")]
    [InlineData("Tom & Jerry", "Unescaped \"&\"")]
    [InlineData("&nbsp;", "Unsupported HTML entity")]
    [InlineData("<span>x</span>", "must have class \"tg-spoiler\"")]
    public async Task Invalid_html_is_refused_with_cant_parse_entities(string html, string detail)
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(Alice.Id, html, ParseMode.Html));

        Assert.Equal(400, error.ErrorCode);
        Assert.StartsWith("Bad Request: can't parse entities: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(detail, error.Message, StringComparison.Ordinal);
        Assert.Empty(Server.State.SentMessages);
    }

    [Fact]
    public async Task Text_over_4096_visible_units_is_too_long_but_tags_and_entities_do_not_count()
    {
        var exactly = "<b>" + new string('a', 4090) + "</b>&amp;&lt;&gt;&quot;&#33;x";
        var tooLong = new string('я', 4097);

        await Bot.SendMessage(Alice.Id, exactly, ParseMode.Html);
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(Alice.Id, tooLong));

        Assert.Equal(4096, Server.State.SentMessages[0].Text.Length);
        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: message is too long", error.Message);
    }

    [Fact]
    public async Task Empty_text_is_refused()
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(Alice.Id, "<b> </b>", ParseMode.Html));

        Assert.Equal("Bad Request: message text is empty", error.Message);
    }

    [Fact]
    public async Task Editing_changes_the_message_and_identical_edits_are_not_modified()
    {
        var placeholder = await Bot.SendMessage(Alice.Id, "Reading…");

        await Bot.EditMessageText(Alice.Id, placeholder.Id, "<b>Done</b>", ParseMode.Html, replyMarkup: Keyboard);
        var error = await Assert.ThrowsAsync<ApiRequestException>(() =>
            Bot.EditMessageText(Alice.Id, placeholder.Id, "<strong>Done</strong>", ParseMode.Html, replyMarkup: Keyboard));

        Assert.Equal(400, error.ErrorCode);
        Assert.StartsWith("Bad Request: message is not modified", error.Message, StringComparison.Ordinal);
        var now = Server.State.Message(Alice.Id, placeholder.Id)!;
        Assert.Equal("Done", now.Text);
        Assert.Equal(1, now.EditCount);
        Assert.Equal(["Full translation"], now.ButtonTexts);
        Assert.Single(Server.State.Edits);
        Assert.Single(Server.State.SentMessages);
    }

    [Fact]
    public async Task Editing_without_markup_removes_the_keyboard_and_unknown_messages_are_not_found()
    {
        var sent = await Bot.SendMessage(Alice.Id, "x", replyMarkup: Keyboard);

        await Bot.EditMessageText(Alice.Id, sent.Id, "y");
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.EditMessageText(Alice.Id, 9999, "z"));

        Assert.Empty(Server.State.Message(Alice.Id, sent.Id)!.ButtonTexts);
        Assert.Equal("Bad Request: message to edit not found", error.Message);
    }

    [Fact]
    public async Task Reply_markup_edits_and_deletions_are_recorded()
    {
        var sent = await Bot.SendMessage(Alice.Id, "x");

        await Bot.EditMessageReplyMarkup(Alice.Id, sent.Id, Keyboard);
        await Bot.DeleteMessage(Alice.Id, sent.Id);
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.DeleteMessage(Alice.Id, sent.Id));

        Assert.Equal("editMessageReplyMarkup", Assert.Single(Server.State.Edits).Method);
        Assert.Equal((Alice.Id, sent.Id), Assert.Single(Server.State.DeletedMessages));
        Assert.Empty(Server.State.Messages(Alice.Id));
        Assert.Equal("Bad Request: message to delete not found", error.Message);
    }

    [Fact]
    public async Task Callback_data_over_64_bytes_is_refused()
    {
        var tooBig = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("x", new string('d', 65)));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(Alice.Id, "x", replyMarkup: tooBig));

        Assert.Equal("Bad Request: BUTTON_DATA_INVALID", error.Message);
    }

    [Fact]
    public async Task Replying_to_a_message_that_does_not_exist_is_refused()
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() =>
            Bot.SendMessage(Alice.Id, "x", replyParameters: new ReplyParameters { MessageId = 31337 }));

        Assert.Equal("Bad Request: message to be replied not found", error.Message);
    }

    [Fact]
    public async Task Chat_actions_commands_and_callback_answers_are_recorded()
    {
        var sent = await Bot.SendMessage(Alice.Id, "x", replyMarkup: Keyboard);
        var press = Server.Updates.EnqueueCallbackQuery(Alice, sent.Id, "translate:7");

        await Bot.SendChatAction(Alice.Id, ChatAction.Typing);
        await Bot.SetMyCommands([new BotCommand("start", "What Gist does"), new BotCommand("help", "How to use it")]);
        await Bot.AnswerCallbackQuery(press.CallbackQueryId!, "Translating…");
        var again = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.AnswerCallbackQuery(press.CallbackQueryId!));

        Assert.Equal("typing", Assert.Single(Server.State.ChatActions).Action);
        Assert.Equal(["start", "help"], Server.State.MyCommands.Select(c => c.Command));
        Assert.Equal(["start", "help"], (await Bot.GetMyCommands()).Select(c => c.Command));
        Assert.Equal("Translating…", Assert.Single(Server.State.CallbackAnswers).Text);
        Assert.Contains("query ID is invalid", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_command_names_are_refused()
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SetMyCommands([new BotCommand("Start!", "x")]));

        Assert.Equal("Bad Request: BOT_COMMAND_INVALID", error.Message);
    }

    [Fact]
    public async Task Uploaded_document_arrives_as_multipart_and_can_be_downloaded()
    {
        var content = "عنوان الخبر"u8.ToArray();
        using var stream = new MemoryStream(content);

        var sent = await Bot.SendDocument(Alice.Id, InputFile.FromStream(stream, "translation.txt"), "<i>Full text</i>", ParseMode.Html);
        var file = await Bot.GetFile(sent.Document!.FileId);
        using var downloaded = new MemoryStream();
        await Bot.DownloadFile(file, downloaded);

        Assert.Equal("translation.txt", sent.Document.FileName);
        Assert.Equal("Full text", sent.Caption);
        Assert.Equal(content, downloaded.ToArray());
        Assert.Equal("Full text", Assert.Single(Server.State.SentMessages).Text);
    }

    [Fact]
    public async Task Every_call_is_recorded_with_its_parameters_and_status()
    {
        await Bot.SendMessage(Alice.Id, "hello");
        await Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(Alice.Id, ""));

        var calls = Server.State.RequestsFor("sendMessage");
        Assert.Equal([200, 400], calls.Select(c => c.StatusCode));
        Assert.Equal(Alice.Id, calls[0].ChatId);
        Assert.Equal("hello", calls[0].Body.GetProperty("text").GetString());
        Assert.Equal(2, Server.State.CallCount("sendMessage"));
    }
}
