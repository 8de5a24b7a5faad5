using System.Text.Json.Nodes;

namespace Gist.Testing.BotApi;

/// <summary>A chat (Bot API type <c>Chat</c>): private (id = user id), group (negative id),
/// supergroup or channel (ids of the form -100…).</summary>
public sealed record FakeChat(long Id, string Type, string? Title = null, string? Username = null,
    string? FirstName = null, string? LastName = null)
{
    public static FakeChat Private(FakeUser user) =>
        new(user.Id, "private", Username: user.Username, FirstName: user.FirstName, LastName: user.LastName);

    public static FakeChat Group(long id, string title) => new(NegativeId(id), "group", title);

    public static FakeChat Supergroup(long id, string title, string? username = null) =>
        new(NegativeId(id), "supergroup", title, username);

    public static FakeChat Channel(long id, string title, string? username = null) =>
        new(NegativeId(id), "channel", title, username);

    /// <summary>What the fake answers for a chat no update ever mentioned: the type follows from the id.</summary>
    internal static FakeChat Inferred(long id) => id switch
    {
        > 0 => new FakeChat(id, "private", FirstName: $"User {id}"),
        < -1_000_000_000_000 => new FakeChat(id, "supergroup", $"Chat {id}"),
        _ => new FakeChat(id, "group", $"Chat {id}"),
    };

    internal JsonObject ToJson()
    {
        var json = new JsonObject { ["id"] = Id, ["type"] = Type };
        if (Title is not null)
        {
            json["title"] = Title;
        }

        if (Username is not null)
        {
            json["username"] = Username;
        }

        if (FirstName is not null)
        {
            json["first_name"] = FirstName;
        }

        if (LastName is not null)
        {
            json["last_name"] = LastName;
        }

        return json;
    }

    private static long NegativeId(long id) => id < 0 ? id : -id;
}
