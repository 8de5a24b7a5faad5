using Gist.Rendering.Html;

namespace Gist.Rendering;

/// <summary>
/// Builds text for parse_mode HTML (https://core.telegram.org/bots/api#html-style). Every method that takes
/// text escapes it; methods whose parameter is named <c>innerHtml</c> take markup this class already built.
/// </summary>
public static class TelegramHtml
{
    /// <summary>sendMessage text: 1–4096 characters after entity parsing.</summary>
    public const int MessageLimit = 4096;

    /// <summary>Media captions: 0–1024 characters after entity parsing.</summary>
    public const int CaptionLimit = 1024;

    /// <summary>
    /// Escapes text for Telegram HTML: '&amp;', '&lt;' and '&gt;' become entities (the Bot API needs no more).
    /// A lone surrogate becomes U+FFFD and C0 control characters other than tab, line feed and carriage return
    /// are dropped: neither survives the trip to Telegram as valid UTF-8 text.
    /// </summary>
    public static string Escape(string? text) => HtmlEscaper.Escape(text, quote: false);

    /// <summary>Escapes an attribute value: as <see cref="Escape"/>, plus '"' as &amp;quot;.</summary>
    public static string EscapeAttribute(string? value) => HtmlEscaper.Escape(value, quote: true);

    public static string Bold(string text) => Wrap("b", Escape(text));

    public static string Italic(string text) => Wrap("i", Escape(text));

    public static string Underline(string text) => Wrap("u", Escape(text));

    public static string Strikethrough(string text) => Wrap("s", Escape(text));

    public static string Code(string text) => Wrap("code", Escape(text));

    public static string Pre(string text) => Wrap("pre", Escape(text));

    public static string Blockquote(string text, bool expandable = false) => BlockquoteHtml(Escape(text), expandable);

    /// <summary>A quotation around markup built by this class. Blockquotes cannot be nested (Bot API).</summary>
    public static string BlockquoteHtml(string innerHtml, bool expandable = false) =>
        (expandable ? "<blockquote expandable>" : "<blockquote>") + innerHtml + "</blockquote>";

    public static string BoldHtml(string innerHtml) => Wrap("b", innerHtml);

    public static string ItalicHtml(string innerHtml) => Wrap("i", innerHtml);

    /// <summary>
    /// A link, or the escaped text alone when the address is not an absolute http, https or tg URL
    /// (a javascript: or relative address never reaches the chat).
    /// </summary>
    public static string Link(string? url, string text)
    {
        var label = Escape(text);
        return IsAllowedHref(url) ? $"<a href=\"{EscapeAttribute(url)}\">{label}</a>" : label;
    }

    /// <summary>True for absolute http, https and tg URLs without whitespace or control characters.</summary>
    public static bool IsAllowedHref(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > 2048)
        {
            return false;
        }

        foreach (var c in url)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.Scheme switch
        {
            "http" or "https" => !string.IsNullOrEmpty(uri.Host),
            "tg" => true,
            _ => false,
        };
    }

    /// <summary>
    /// Length in UTF-16 units of what Telegram shows: tags removed, each entity one character (two for a numeric
    /// entity above U+FFFF). This is the length the 4096 and 1024 limits apply to.
    /// </summary>
    public static int VisibleLength(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return 0;
        }

        var length = 0;
        for (var pos = 0; pos < html.Length;)
        {
            var token = HtmlScanner.Read(html, pos, strict: false);
            length += token.VisibleLength;
            pos = token.End;
        }

        return length;
    }

    private static string Wrap(string tag, string innerHtml) => $"<{tag}>{innerHtml}</{tag}>";
}
