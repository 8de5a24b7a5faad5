using System.Text.Json.Nodes;

namespace Gist.Testing.BotApi;

public sealed partial class UpdateFactory
{
    /// <summary>
    /// <paramref name="from"/> writes <paramref name="text"/> in <paramref name="chat"/> in reply to a post that
    /// <paramref name="forwardedBy"/> forwarded there earlier: reply_to_message carries the post's text and forward_origin,
    /// as Telegram sends it (in a group with privacy mode the bot never saw the forward itself).
    /// </summary>
    public EnqueuedUpdate EnqueueReplyToForward(FakeUser from, FakeChat chat, string text, FakeUser forwardedBy, string forwardedText, FakeForwardOrigin origin)
    {
        State.RegisterChat(chat);
        var forwarded = new JsonObject
        {
            ["message_id"] = State.NextMessageId(chat.Id),
            ["from"] = forwardedBy.ToJson(),
            ["chat"] = chat.ToJson(),
            ["date"] = Now,
            ["text"] = forwardedText,
            ["forward_origin"] = origin.ToJson(Now),
        };
        return EnqueueMessage(from, chat, text, null, m => m["reply_to_message"] = forwarded);
    }
}
