using Telegram.Bot.Types;

namespace Gist.Telegram.Articles;

/// <summary>
/// The provenance of a forwarded message, from <c>forward_origin</c>
/// (https://core.telegram.org/bots/api#messageorigin): a channel post names the channel and links to the
/// original post on t.me; a group, a user or a hidden user is named as such.
/// </summary>
public sealed record ForwardOriginSource(string Name, string? Url, DateTimeOffset Date)
{
    public static ForwardOriginSource From(MessageOrigin origin) => origin switch
    {
        MessageOriginChannel channel => new(
            NameOf(channel.Chat.Title, channel.Chat.Username),
            PostLink(channel.Chat, channel.MessageId),
            origin.Date),
        MessageOriginChat chat => new(NameOf(chat.SenderChat.Title, chat.SenderChat.Username),
            chat.SenderChat.Username is { Length: > 0 } u ? $"https://t.me/{u}" : null, origin.Date),
        MessageOriginUser user => new(NameOf(JoinName(user.SenderUser.FirstName, user.SenderUser.LastName), user.SenderUser.Username),
            null, origin.Date),
        MessageOriginHiddenUser hidden => new(hidden.SenderUserName, null, origin.Date),
        _ => new("a forwarded message", null, origin.Date),
    };

    /// <summary>t.me/{username}/{id} for a public channel; t.me/c/{internal id}/{id} for a private one (members only).</summary>
    private static string PostLink(Chat chat, int messageId)
    {
        if (chat.Username is { Length: > 0 } username)
        {
            return $"https://t.me/{username}/{messageId}";
        }

        // Private channel ids are -100{internal id}.
        var id = chat.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return id.StartsWith("-100", StringComparison.Ordinal) ? $"https://t.me/c/{id[4..]}/{messageId}" : $"https://t.me/c/{id.TrimStart('-')}/{messageId}";
    }

    private static string NameOf(string? title, string? username) =>
        (title, username) switch
        {
            ({ Length: > 0 } t, { Length: > 0 } u) => $"{t} (@{u})",
            ({ Length: > 0 } t, _) => t,
            (_, { Length: > 0 } u) => "@" + u,
            _ => "an unnamed chat",
        };

    private static string JoinName(string first, string? last) => string.IsNullOrEmpty(last) ? first : $"{first} {last}";
}
