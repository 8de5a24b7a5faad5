using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gist.Testing.BotApi;

/// <summary>
/// Builds updates as Telegram sends them (https://core.telegram.org/bots/api#update) and queues them for getUpdates.
/// update_ids increase; message_ids increase per chat and are shared with the bot's own messages, as on Telegram.
/// When <c>entities</c> is null the entities Telegram would detect (url, mention, bot_command) are added.
/// </summary>
public sealed partial class UpdateFactory
{
    private readonly BotApiContext context;
    private long callbackSequence = 4_000_000_000_000_000_000;

    internal UpdateFactory(BotApiContext context) => this.context = context;

    private FakeBotApiState State => this.context.State;

    private long Now => this.context.Now.ToUnixTimeSeconds();

    /// <summary>A text message; in the user's private chat unless <paramref name="chat"/> is given.</summary>
    public EnqueuedUpdate EnqueueText(FakeUser from, string text, FakeChat? chat = null,
        IReadOnlyList<FakeEntity>? entities = null) =>
        EnqueueMessage(from, chat ?? from.PrivateChat, text, entities);

    /// <summary>A text whose <paramref name="anchor"/> is a <c>text_link</c> to <paramref name="url"/>
    /// (plus the url entities Telegram detects in the rest of the text).</summary>
    public EnqueuedUpdate EnqueueTextWithLink(FakeUser from, string text, string anchor, string url, FakeChat? chat = null) =>
        EnqueueMessage(from, chat ?? from.PrivateChat, text,
            [.. EntityDetector.Detect(text), FakeEntity.TextLink(text, anchor, url)]);

    /// <summary>A message the user forwarded into the private chat; <paramref name="origin"/> is its forward_origin.</summary>
    public EnqueuedUpdate EnqueueForward(FakeUser from, string text, FakeForwardOrigin origin,
        IReadOnlyList<FakeEntity>? entities = null) =>
        EnqueueMessage(from, from.PrivateChat, text, entities, m => m["forward_origin"] = origin.ToJson(Now));

    /// <summary>A document; its bytes are registered so getFile and the download route serve them.</summary>
    public EnqueuedUpdate EnqueueDocument(FakeUser from, byte[] content, string fileName, string mimeType,
        string? caption = null, FakeChat? chat = null)
    {
        var file = State.RegisterFile(content, fileName, mimeType);
        var update = EnqueueMessage(from, chat ?? from.PrivateChat, null, [], message =>
        {
            message["document"] = new JsonObject
            {
                ["file_name"] = fileName,
                ["mime_type"] = mimeType,
                ["file_id"] = file.FileId,
                ["file_unique_id"] = file.FileUniqueId,
                ["file_size"] = file.FileSize,
            };
            if (caption is not null)
            {
                message["caption"] = caption;
                var entities = EntityDetector.Detect(caption);
                if (entities.Count > 0)
                {
                    message["caption_entities"] = MessageJson.Entities(entities);
                }
            }
        });
        return update with { FileId = file.FileId };
    }

    /// <summary>The user replies to the bot's message <paramref name="botMessageId"/> (reply_to_message is that
    /// message as it is now).</summary>
    public EnqueuedUpdate EnqueueReply(FakeUser from, string text, int botMessageId, FakeChat? chat = null)
    {
        var target = chat ?? from.PrivateChat;
        var replied = BotMessageJson(target.Id, botMessageId);
        return EnqueueMessage(from, target, text, null, m => m["reply_to_message"] = replied);
    }

    /// <summary>The user presses an inline button with <paramref name="data"/> under the bot's message.</summary>
    public EnqueuedUpdate EnqueueCallbackQuery(FakeUser from, int botMessageId, string data, FakeChat? chat = null)
    {
        var target = chat ?? from.PrivateChat;
        var message = BotMessageJson(target.Id, botMessageId);
        var queryId = Interlocked.Increment(ref callbackSequence).ToString(System.Globalization.CultureInfo.InvariantCulture);
        State.RegisterCallbackQuery(queryId);
        var callback = new JsonObject
        {
            ["id"] = queryId,
            ["from"] = from.ToJson(),
            ["message"] = message,
            ["chat_instance"] = (target.Id * 7919L).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["data"] = data,
        };
        var updateId = State.Updates.Enqueue("callback_query", id => Wrap(id, "callback_query", callback));
        return new EnqueuedUpdate(updateId, target.Id, null, callback, CallbackQueryId: queryId);
    }

    /// <summary>"/command@BotUsername arguments" in a group, as Telegram sends commands to bots in groups.</summary>
    public EnqueuedUpdate EnqueueGroupCommand(FakeUser from, FakeChat group, string command, string? arguments = null)
    {
        var text = $"/{command.TrimStart('/')}@{this.context.Bot.Username}" + (arguments is null ? "" : " " + arguments);
        return EnqueueMessage(from, group, text, null);
    }

    /// <summary>A group message that mentions the bot: "@BotUsername text".</summary>
    public EnqueuedUpdate EnqueueMention(FakeUser from, FakeChat group, string text) =>
        EnqueueMessage(from, group, $"@{this.context.Bot.Username} {text}", null);

    /// <summary>Any message: <paramref name="customize"/> may add fields (caption, photo, …) before it is queued.</summary>
    public EnqueuedUpdate EnqueueMessage(FakeUser from, FakeChat chat, string? text, IReadOnlyList<FakeEntity>? entities,
        Action<JsonObject>? customize = null)
    {
        State.RegisterChat(chat);
        var messageId = State.NextMessageId(chat.Id);
        var message = new JsonObject
        {
            ["message_id"] = messageId,
            ["from"] = from.ToJson(),
            ["chat"] = chat.ToJson(),
            ["date"] = Now,
        };
        if (text is not null)
        {
            message["text"] = text;
            var list = entities ?? EntityDetector.Detect(text);
            if (list.Count > 0)
            {
                message["entities"] = MessageJson.Entities(list);
            }
        }

        customize?.Invoke(message);
        var json = message.ToJsonString();
        State.ObserveUserMessage(chat, messageId, json);
        var updateId = State.Updates.Enqueue("message", id => Wrap(id, "message", message));
        return new EnqueuedUpdate(updateId, chat.Id, messageId, message);
    }

    /// <summary>Queues an update written by the test. A missing update_id is assigned; a present one is kept, so an
    /// id the bot already confirmed is delivered again (a redelivery).</summary>
    public long EnqueueRaw(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("An update is a JSON object.", nameof(json));
        }

        return State.Updates.EnqueueRaw(document.RootElement);
    }

    /// <summary>Delivers an update that was queued before once more, even if the bot confirmed it.</summary>
    public void Redeliver(long updateId) => State.Updates.Redeliver(updateId);

    private JsonObject BotMessageJson(long chatId, int messageId) =>
        State.Message(chatId, messageId) is { } message
            ? MessageJson.Render(message, this.context.Bot, State.ChatFor(chatId))
            : throw new ArgumentException($"The bot has no message {messageId} in chat {chatId}.", nameof(messageId));

    private static string Wrap(long updateId, string type, JsonObject payload) =>
        new JsonObject { ["update_id"] = updateId, [type] = payload.DeepClone() }.ToJsonString();
}
