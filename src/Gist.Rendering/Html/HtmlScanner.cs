using System.Buffers;

namespace Gist.Rendering.Html;

/// <summary>
/// Reads Telegram HTML one token at a time, following the Bot API's HTML style rules: tags, the four named
/// entities (&amp;lt; &amp;gt; &amp;amp; &amp;quot;) and numeric entities; every other character is text.
/// A hand-written loop rather than a regex: it runs on every message the bot sends.
/// </summary>
internal static class HtmlScanner
{
    private static readonly SearchValues<char> Specials = SearchValues.Create("<&>");

    /// <summary>
    /// Reads the token at <paramref name="pos"/>. In strict mode a '&lt;', '&gt;' or '&amp;' that is not part of a
    /// tag or entity throws <see cref="ArgumentException"/>; otherwise it is read as one character of text.
    /// </summary>
    public static HtmlToken Read(string html, int pos, bool strict)
    {
        var c = html[pos];
        if (c == '<' && TryReadTag(html, pos, out var tag))
        {
            return tag;
        }

        if (c == '&' && TryReadEntity(html, pos, out var entity))
        {
            return entity;
        }

        if (c is '<' or '&' or '>')
        {
            if (strict)
            {
                throw new ArgumentException(
                    $"Unescaped '{c}' at offset {pos}: text must be escaped with TelegramHtml.Escape.", nameof(html));
            }

            return new HtmlToken(HtmlTokenKind.Text, pos, 1, 1);
        }

        var next = html.AsSpan(pos).IndexOfAny(Specials);
        var length = next < 0 ? html.Length - pos : next;
        return new HtmlToken(HtmlTokenKind.Text, pos, length, length);
    }

    private static bool TryReadTag(string html, int pos, out HtmlToken token)
    {
        token = default;
        var i = pos + 1;
        var closing = i < html.Length && html[i] == '/';
        if (closing)
        {
            i++;
        }

        var nameStart = i;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] == '-'))
        {
            i++;
        }

        if (i == nameStart || !char.IsAsciiLetter(html[nameStart]))
        {
            return false;
        }

        var name = html.Substring(nameStart, i - nameStart).ToLowerInvariant();
        var inQuotes = false;
        for (; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && c == '<')
            {
                return false;
            }
            else if (!inQuotes && c == '>')
            {
                if (closing && !html.AsSpan(nameStart + name.Length, i - nameStart - name.Length).IsWhiteSpace())
                {
                    return false;
                }

                var kind = closing ? HtmlTokenKind.CloseTag : HtmlTokenKind.OpenTag;
                token = new HtmlToken(kind, pos, i + 1 - pos, 0, name);
                return true;
            }
        }

        return false;
    }

    /// <summary>Named entities the Bot API knows, and numeric ones naming a Unicode scalar value.</summary>
    private static bool TryReadEntity(string html, int pos, out HtmlToken token)
    {
        token = default;
        var rest = html.AsSpan(pos);
        var semicolon = rest.Slice(0, Math.Min(rest.Length, 12)).IndexOf(';');
        if (semicolon < 3)
        {
            return false;
        }

        var body = rest.Slice(1, semicolon - 1);
        char decoded;
        var visible = 1;
        if (body is "lt") { decoded = '<'; }
        else if (body is "gt") { decoded = '>'; }
        else if (body is "amp") { decoded = '&'; }
        else if (body is "quot") { decoded = '"'; }
        else if (body[0] == '#' && TryParseCodePoint(body[1..], out var codePoint))
        {
            // Entity offsets are UTF-16 units: a code point above U+FFFF counts as two.
            visible = codePoint > 0xFFFF ? 2 : 1;
            decoded = codePoint > 0xFFFF ? (char)(((codePoint - 0x10000) >> 10) + 0xD800) : (char)codePoint;
        }
        else
        {
            return false;
        }

        token = new HtmlToken(HtmlTokenKind.Entity, pos, semicolon + 1, visible, null, decoded);
        return true;
    }

    private static bool TryParseCodePoint(ReadOnlySpan<char> digits, out int codePoint)
    {
        codePoint = 0;
        var hex = digits.Length > 0 && (digits[0] == 'x' || digits[0] == 'X');
        if (hex)
        {
            digits = digits[1..];
        }

        if (digits.IsEmpty || digits.Length > 7)
        {
            return false;
        }

        foreach (var d in digits)
        {
            int value;
            if (char.IsAsciiDigit(d)) { value = d - '0'; }
            else if (hex && char.IsAsciiHexDigit(d)) { value = (d | 0x20) - 'a' + 10; }
            else { return false; }

            codePoint = codePoint * (hex ? 16 : 10) + value;
        }

        // Zero, surrogates and values past the last scalar value are not characters.
        return codePoint is > 0 and < 0x10FFFF && codePoint is < 0xD800 or > 0xDFFF;
    }
}
