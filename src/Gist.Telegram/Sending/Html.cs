namespace Gist.Telegram.Sending;

/// <summary>Escaping for the few messages the Telegram layer writes itself (https://core.telegram.org/bots/api#html-style).</summary>
internal static class Html
{
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
}
