using System.Text.Json.Nodes;

namespace Gist.Testing.BotApi;

/// <summary>Where a forwarded message came from (Bot API type <c>MessageOrigin</c>:
/// MessageOriginUser, MessageOriginHiddenUser, MessageOriginChat, MessageOriginChannel).</summary>
public sealed class FakeForwardOrigin
{
    private readonly Func<long, JsonObject> build;

    private FakeForwardOrigin(Func<long, JsonObject> build) => this.build = build;

    /// <summary>A post of a channel: carries the channel chat and the post's message_id (the provenance).</summary>
    public static FakeForwardOrigin Channel(FakeChat channel, int messageId, string? authorSignature = null,
        DateTimeOffset? date = null) => new(now =>
    {
        var json = new JsonObject
        {
            ["type"] = "channel",
            ["date"] = date?.ToUnixTimeSeconds() ?? now,
            ["chat"] = channel.ToJson(),
            ["message_id"] = messageId,
        };
        if (authorSignature is not null)
        {
            json["author_signature"] = authorSignature;
        }

        return json;
    });

    public static FakeForwardOrigin User(FakeUser sender, DateTimeOffset? date = null) => new(now => new JsonObject
    {
        ["type"] = "user",
        ["date"] = date?.ToUnixTimeSeconds() ?? now,
        ["sender_user"] = sender.ToJson(),
    });

    /// <summary>A user who hides their account in forwards: only a name is known.</summary>
    public static FakeForwardOrigin HiddenUser(string senderUserName, DateTimeOffset? date = null) =>
        new(now => new JsonObject
        {
            ["type"] = "hidden_user",
            ["date"] = date?.ToUnixTimeSeconds() ?? now,
            ["sender_user_name"] = senderUserName,
        });

    /// <summary>A message sent on behalf of a group or supergroup chat.</summary>
    public static FakeForwardOrigin Chat(FakeChat senderChat, string? authorSignature = null,
        DateTimeOffset? date = null) => new(now =>
    {
        var json = new JsonObject
        {
            ["type"] = "chat",
            ["date"] = date?.ToUnixTimeSeconds() ?? now,
            ["sender_chat"] = senderChat.ToJson(),
        };
        if (authorSignature is not null)
        {
            json["author_signature"] = authorSignature;
        }

        return json;
    });

    internal JsonObject ToJson(long nowUnix) => this.build(nowUnix);
}
