using System.Text.RegularExpressions;

namespace Gist.Digests.Channels;

/// <summary>
/// A public Telegram channel named the ways people write it: <c>@name</c>, <c>t.me/name</c>, <c>https://t.me/s/name</c>
/// (also telegram.me, and a post address <c>t.me/name/123</c>). Its feed address is the canonical preview address
/// <c>https://t.me/s/name</c>, whatever preview server is configured, so a channel is one feed for every chat.
/// </summary>
public static partial class ChannelAddress
{
    public const string FeedPrefix = "https://t.me/s/";

    /// <summary>
    /// The channel's username when <paramref name="input"/> names one; <paramref name="error"/> says why not when it
    /// looks like a Telegram address that is not a public channel (an invite link of a private chat).
    /// </summary>
    public static bool TryParse(string input, out string name, out string? error)
    {
        ArgumentNullException.ThrowIfNull(input);
        name = "";
        error = null;
        var text = input.Trim();
        if (text.StartsWith('@'))
        {
            return Valid(text[1..], ref name, ref error);
        }

        var match = TelegramLink().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var first = match.Groups["first"].Value;
        if (first.StartsWith('+') || first.Equals("joinchat", StringComparison.OrdinalIgnoreCase))
        {
            error = "That is an invite link to a private chat. Gist reads only public channels (those with a t.me/name address).";
            return false;
        }

        var candidate = first.Equals("s", StringComparison.OrdinalIgnoreCase) && match.Groups["second"].Success ? match.Groups["second"].Value : first;
        return Valid(candidate, ref name, ref error);
    }

    /// <summary>The canonical feed address of a channel.</summary>
    public static string FeedUrl(string name) => FeedPrefix + name;

    /// <summary>True when a stored feed address is a channel's; gives its name.</summary>
    public static bool IsChannelFeed(string feedUrl, out string name)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        name = feedUrl.StartsWith(FeedPrefix, StringComparison.Ordinal) ? feedUrl[FeedPrefix.Length..] : "";
        return name.Length > 0;
    }

    /// <summary>The address of one post: its provenance.</summary>
    public static string PostUrl(string name, long id) => $"https://t.me/{name}/{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    private static bool Valid(string candidate, ref string name, ref string? error)
    {
        // Telegram usernames: 5–32 characters, letters, digits and underscores, starting with a letter.
        if (!Username().IsMatch(candidate))
        {
            error = $"\"{candidate}\" is not a Telegram channel name (5–32 letters, digits or underscores, starting with a letter).";
            return false;
        }

        name = candidate;
        return true;
    }

    [GeneratedRegex(@"^(?:https?://)?(?:www\.)?(?:t|telegram)\.me/(?<first>[^/?#\s]+)(?:/(?<second>[A-Za-z0-9_]+))?(?:[/?#]\S*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TelegramLink();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{4,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex Username();
}
