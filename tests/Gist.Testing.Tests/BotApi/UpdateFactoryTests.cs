using Gist.Testing.BotApi;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Gist.Testing.Tests.BotApi;

/// <summary>The updates the factory builds deserialize into Telegram.Bot's types with the fields a bot relies on.</summary>
public sealed class UpdateFactoryTests : BotApiFixture
{
    [Fact]
    public async Task Private_text_message_carries_user_chat_date_and_detected_url_entities()
    {
        const string text = "Read this 👉 https://example.com/news/1. Please";
        Server.Updates.EnqueueText(Alice, text);

        var message = (await SingleUpdate()).Message!;

        Assert.Equal(ChatType.Private, message.Chat.Type);
        Assert.Equal(Alice.Id, message.Chat.Id);
        Assert.Equal(Alice.Id, message.From!.Id);
        Assert.InRange(message.Date, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
        var url = Assert.Single(message.Entities!);
        Assert.Equal(MessageEntityType.Url, url.Type);
        // Offsets are UTF-16 units: the emoji before the link counts as two.
        Assert.Equal("https://example.com/news/1", text.Substring(url.Offset, url.Length));
    }

    [Fact]
    public async Task Text_link_entity_points_at_the_anchor_in_utf16_units()
    {
        const string text = "خبر عاجل 🔥: التفاصيل هنا";
        Server.Updates.EnqueueTextWithLink(Alice, text, "التفاصيل هنا", "https://news.example/ar/123");

        var message = (await SingleUpdate()).Message!;

        var link = Assert.Single(message.Entities!);
        Assert.Equal(MessageEntityType.TextLink, link.Type);
        Assert.Equal("https://news.example/ar/123", link.Url);
        Assert.Equal("التفاصيل هنا", text.Substring(link.Offset, link.Length));
    }

    [Fact]
    public async Task Forwarded_channel_post_names_the_channel_and_its_message_id()
    {
        var channel = FakeChat.Channel(1001234567890, "Al Jazeera", "AJArabic");
        Server.Updates.EnqueueForward(Alice, "بلينكن في سيول", FakeForwardOrigin.Channel(channel, 4242, "Editor"));

        var origin = Assert.IsType<MessageOriginChannel>((await SingleUpdate()).Message!.ForwardOrigin);

        Assert.Equal(-1001234567890, origin.Chat.Id);
        Assert.Equal("AJArabic", origin.Chat.Username);
        Assert.Equal("Al Jazeera", origin.Chat.Title);
        Assert.Equal(ChatType.Channel, origin.Chat.Type);
        Assert.Equal(4242, origin.MessageId);
        Assert.Equal("Editor", origin.AuthorSignature);
    }

    [Fact]
    public async Task Forwards_from_users_hidden_users_and_chats_have_their_origin_types()
    {
        Server.Updates.EnqueueForward(Alice, "a", FakeForwardOrigin.User(FakeUser.Create(5, "Bob")));
        Server.Updates.EnqueueForward(Alice, "b", FakeForwardOrigin.HiddenUser("Secret Sam"));
        Server.Updates.EnqueueForward(Alice, "c", FakeForwardOrigin.Chat(FakeChat.Supergroup(1009, "Team")));

        var updates = await Bot.GetUpdates();

        Assert.Equal(5, Assert.IsType<MessageOriginUser>(updates[0].Message!.ForwardOrigin).SenderUser.Id);
        Assert.Equal("Secret Sam", Assert.IsType<MessageOriginHiddenUser>(updates[1].Message!.ForwardOrigin).SenderUserName);
        Assert.Equal("Team", Assert.IsType<MessageOriginChat>(updates[2].Message!.ForwardOrigin).SenderChat.Title);
    }

    [Fact]
    public async Task Document_message_carries_the_file_that_getFile_and_download_serve()
    {
        var bytes = "plain article text"u8.ToArray();
        var enqueued = Server.Updates.EnqueueDocument(Alice, bytes, "article.txt", "text/plain", "see https://a.example");

        var message = (await SingleUpdate()).Message!;
        var file = await Bot.GetFile(message.Document!.FileId);
        using var downloaded = new MemoryStream();
        await Bot.DownloadFile(file.FilePath!, downloaded);

        Assert.Equal(enqueued.FileId, message.Document.FileId);
        Assert.Equal("article.txt", message.Document.FileName);
        Assert.Equal("text/plain", message.Document.MimeType);
        Assert.Equal(bytes.Length, message.Document.FileSize);
        Assert.Equal("see https://a.example", message.Caption);
        Assert.Equal(MessageEntityType.Url, Assert.Single(message.CaptionEntities!).Type);
        Assert.Equal(bytes, downloaded.ToArray());
    }

    [Fact]
    public async Task Reply_and_callback_query_carry_the_bot_message_as_it_is_now()
    {
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Full translation", "translate:1"));
        var sent = await Bot.SendMessage(Alice.Id, "Summary", replyMarkup: keyboard);
        Server.Updates.EnqueueReply(Alice, "Who said it?", sent.Id);
        var press = Server.Updates.EnqueueCallbackQuery(Alice, sent.Id, "translate:1");

        var updates = await Bot.GetUpdates();

        Assert.Equal(sent.Id, updates[0].Message!.ReplyToMessage!.Id);
        Assert.Equal("Summary", updates[0].Message!.ReplyToMessage!.Text);
        var query = updates[1].CallbackQuery!;
        Assert.Equal(press.CallbackQueryId, query.Id);
        Assert.Equal("translate:1", query.Data);
        Assert.Equal(sent.Id, query.Message!.Id);
        Assert.Equal("Full translation", query.Message is Message m ? m.ReplyMarkup!.InlineKeyboard.First().First().Text : null);
        Assert.True(updates[0].Message!.Id > sent.Id, "the user's reply takes the next message_id in the chat");
    }

    [Fact]
    public async Task Group_command_and_mention_carry_bot_command_and_mention_entities()
    {
        var group = FakeChat.Group(4455, "Readers");
        Server.Updates.EnqueueGroupCommand(Alice, group, "help");
        Server.Updates.EnqueueMention(Alice, group, "summarize this");

        var updates = await Bot.GetUpdates();

        var command = updates[0].Message!;
        Assert.Equal(ChatType.Group, command.Chat.Type);
        Assert.Equal($"/help@{Server.Bot.Username}", command.Text);
        Assert.Equal(MessageEntityType.BotCommand, Assert.Single(command.Entities!).Type);
        var mention = updates[1].Message!;
        Assert.Equal(MessageEntityType.Mention, mention.Entities![0].Type);
        Assert.Equal($"@{Server.Bot.Username}", mention.Text![..mention.Entities[0].Length]);
    }

    private async Task<Update> SingleUpdate() => Assert.Single(await Bot.GetUpdates());
}
