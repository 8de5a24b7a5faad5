using System.Text.Json.Nodes;

namespace Gist.Testing.BotApi;

/// <summary>A Telegram user as it appears in updates (Bot API type <c>User</c>).</summary>
public sealed record FakeUser(long Id, string FirstName, string? Username = null, string? LastName = null,
    string? LanguageCode = "en", bool IsBot = false)
{
    /// <summary>A plausible human user with the given id.</summary>
    public static FakeUser Create(long id, string firstName = "Alice", string? username = null) =>
        new(id, firstName, username ?? $"user{id}");

    /// <summary>The user's private chat with the bot: in Telegram its id equals the user's id.</summary>
    public FakeChat PrivateChat => FakeChat.Private(this);

    internal JsonObject ToJson()
    {
        var json = new JsonObject { ["id"] = Id, ["is_bot"] = IsBot, ["first_name"] = FirstName };
        if (LastName is not null)
        {
            json["last_name"] = LastName;
        }

        if (Username is not null)
        {
            json["username"] = Username;
        }

        if (LanguageCode is not null && !IsBot)
        {
            json["language_code"] = LanguageCode;
        }

        return json;
    }
}
