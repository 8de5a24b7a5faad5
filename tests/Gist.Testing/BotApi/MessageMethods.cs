using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gist.Testing.BotApi;

/// <summary>sendMessage, editMessageText, editMessageReplyMarkup and deleteMessage
/// (https://core.telegram.org/bots/api#sendmessage, #updating-messages).</summary>
internal sealed class MessageMethods(BotApiContext context)
{
    private const string NotModified = "message is not modified: specified new message content and reply markup are " +
        "exactly the same as a current content and reply markup of the message";

    private FakeBotApiState State => context.State;

    public JsonNode SendMessage(BotApiCall call)
    {
        var args = call.Args;
        var chat = State.ResolveChat(args);
        var parsed = MessageTextRules.ParseText(args);
        var markup = ReplyMarkupRules.Normalize(args.GetObject("reply_markup"), chat.Type == "private");
        var (replyToId, replyTo) = ResolveReplyTarget(chat.Id, args);
        context.CheckRate(chat.Id);

        var message = State.AddBotMessage(chat.Id, id => new FakeBotMessage(chat.Id, id, parsed.Text, args.GetString("text") ?? "",
            args.GetString("parse_mode"), markup, context.Now, replyToId, 0, LinkPreviewDisabled(args)) { Entities = parsed.Entities });
        return MessageJson.Render(message, context.Bot, chat, replyTo);
    }

    public JsonNode EditMessageText(BotApiCall call)
    {
        var args = call.Args;
        var (chat, current) = Target(args);
        var parsed = MessageTextRules.ParseText(args);
        var markup = ReplyMarkupRules.Normalize(args.GetObject("reply_markup"), chat.Type == "private");
        if (parsed.Text == current.Text && parsed.Entities.SequenceEqual(current.Entities)
            && ReplyMarkupRules.AreEqual(markup, current.ReplyMarkup))
        {
            throw BotApiException.BadRequest(NotModified);
        }

        // Without reply_markup the edit removes the inline keyboard, as on Telegram.
        var edited = current with
        {
            Text = parsed.Text, RawText = args.GetString("text") ?? "", ParseMode = args.GetString("parse_mode"),
            Entities = parsed.Entities, ReplyMarkup = markup, EditCount = current.EditCount + 1, EditDate = context.Now,
            LinkPreviewDisabled = LinkPreviewDisabled(args),
        };
        State.ApplyEdit(new FakeMessageEdit("editMessageText", chat.Id, current.MessageId, edited, context.Now));
        return MessageJson.Render(edited, context.Bot, chat);
    }

    public JsonNode EditMessageReplyMarkup(BotApiCall call)
    {
        var (chat, current) = Target(call.Args);
        var markup = ReplyMarkupRules.Normalize(call.Args.GetObject("reply_markup"), chat.Type == "private");
        if (ReplyMarkupRules.AreEqual(markup, current.ReplyMarkup))
        {
            throw BotApiException.BadRequest(NotModified);
        }

        var edited = current with { ReplyMarkup = markup, EditCount = current.EditCount + 1, EditDate = context.Now };
        State.ApplyEdit(new FakeMessageEdit("editMessageReplyMarkup", chat.Id, current.MessageId, edited, context.Now));
        return MessageJson.Render(edited, context.Bot, chat);
    }

    public JsonNode DeleteMessage(BotApiCall call)
    {
        var chat = State.ResolveChat(call.Args);
        var messageId = call.Args.GetInt("message_id") ?? throw BotApiException.BadRequest("message identifier is not specified");
        State.Delete(chat.Id, messageId);
        return true;
    }

    private (FakeChat Chat, FakeBotMessage Current) Target(BotApiArguments args)
    {
        if (args.GetString("inline_message_id") is not null)
        {
            throw BotApiException.BadRequest("MESSAGE_ID_INVALID");
        }

        var chat = State.ResolveChat(args);
        var messageId = args.GetInt("message_id") ?? throw BotApiException.BadRequest("message identifier is not specified");
        return (chat, State.Editable(chat.Id, messageId));
    }

    /// <summary>reply_parameters (or the older reply_to_message_id): the replied message must exist unless
    /// allow_sending_without_reply is set (Bot API type <c>ReplyParameters</c>).</summary>
    private (int? Id, JsonNode? Json) ResolveReplyTarget(long chatId, BotApiArguments args)
    {
        var parameters = args.GetObject("reply_parameters");
        var id = parameters is { } p ? (int?)BotApiArguments.TryReadLong(p, "message_id") : args.GetInt("reply_to_message_id");
        if (id is null)
        {
            return (null, null);
        }

        var allowWithout = args.GetBool("allow_sending_without_reply")
            || (parameters is { } q && q.TryGetProperty("allow_sending_without_reply", out var allow) && allow.ValueKind == JsonValueKind.True);
        if (State.Message(chatId, id.Value) is { } botMessage)
        {
            return (id, MessageJson.Render(botMessage, context.Bot, State.ChatFor(chatId)));
        }

        if (State.UserMessageJson(chatId, id.Value) is { } userMessage)
        {
            return (id, JsonNode.Parse(userMessage));
        }

        return allowWithout ? (null, null) : throw BotApiException.BadRequest("message to be replied not found");
    }

    private static bool LinkPreviewDisabled(BotApiArguments args) =>
        args.GetBool("disable_web_page_preview")
        || (args.GetObject("link_preview_options") is { } options && options.TryGetProperty("is_disabled", out var disabled)
            && disabled.ValueKind == JsonValueKind.True);
}
