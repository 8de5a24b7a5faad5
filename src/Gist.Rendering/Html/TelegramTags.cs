namespace Gist.Rendering.Html;

/// <summary>
/// The tags the Bot API accepts in parse_mode HTML (https://core.telegram.org/bots/api#html-style).
/// Anything else makes sendMessage fail with "can't parse entities".
/// </summary>
internal static class TelegramTags
{
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "tg-spoiler", "span",
        "a", "code", "pre", "blockquote", "tg-emoji",
    };

    public static bool IsAllowed(string name) => Allowed.Contains(name);
}
