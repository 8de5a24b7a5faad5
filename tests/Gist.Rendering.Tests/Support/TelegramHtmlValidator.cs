using System.Text;

namespace Gist.Rendering.Tests.Support;

/// <summary>
/// An independent checker of the Bot API's HTML rules (https://core.telegram.org/bots/api#html-style and
/// #formatting-options), written apart from the production scanner so the two can disagree: only the listed tags
/// and attributes, proper nesting, no blockquote in a blockquote, nothing inside pre/code but pre&gt;code, only
/// &amp;lt; &amp;gt; &amp;amp; &amp;quot; and numeric entities, no bare '&lt;' '&gt;' '&amp;', no lone surrogates.
/// </summary>
public static class TelegramHtmlValidator
{
    private static readonly HashSet<string> Simple =
        ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "tg-spoiler"];

    public static HtmlCheck Check(string html)
    {
        var visible = new StringBuilder();
        var stack = new List<string>();
        var i = 0;
        string? Fail(string why) => $"{why} at {i} in: {Excerpt(html, i)}";
        while (i < html.Length)
        {
            var c = html[i];
            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 >= html.Length || !char.IsLowSurrogate(html[i + 1]))
                {
                    return new HtmlCheck(Fail("lone surrogate"), visible.ToString());
                }

                visible.Append(c).Append(html[i + 1]);
                i += 2;
            }
            else if (c == '&')
            {
                var end = html.IndexOf(';', i);
                if (end < 0 || !TryDecode(html[(i + 1)..end], out var decoded))
                {
                    return new HtmlCheck(Fail("bad entity"), visible.ToString());
                }

                visible.Append(decoded);
                i = end + 1;
            }
            else if (c == '<')
            {
                var end = html.IndexOf('>', i);
                var error = end < 0 ? "unterminated tag" : Tag(html[(i + 1)..end], stack);
                if (error is not null)
                {
                    return new HtmlCheck(Fail(error), visible.ToString());
                }

                i = end + 1;
            }
            else if (c == '>' || c == '\0')
            {
                return new HtmlCheck(Fail($"bare U+{(int)c:X4}"), visible.ToString());
            }
            else
            {
                visible.Append(c);
                i++;
            }
        }

        return new HtmlCheck(stack.Count == 0 ? null : Fail($"<{stack[^1]}> not closed"), visible.ToString());
    }

    private static string? Tag(string body, List<string> stack)
    {
        if (body.StartsWith('/'))
        {
            var closing = body[1..].Trim();
            if (stack.Count == 0 || stack[^1] != closing)
            {
                return $"</{closing}> does not close the innermost open tag";
            }

            stack.RemoveAt(stack.Count - 1);
            return null;
        }

        var space = body.IndexOf(' ');
        var name = space < 0 ? body : body[..space];
        var attributes = space < 0 ? "" : body[(space + 1)..];
        var parent = stack.Count == 0 ? null : stack[^1];
        if (parent is "code" || (parent is "pre" && name != "code"))
        {
            return $"<{name}> inside <{parent}>";
        }

        var attributeError = name switch
        {
            _ when Simple.Contains(name) => attributes.Length == 0 ? null : "attributes on a simple tag",
            "span" => attributes == "class=\"tg-spoiler\"" ? null : "span without class=\"tg-spoiler\"",
            "blockquote" when stack.Contains("blockquote") => "nested blockquote",
            "blockquote" => attributes is "" or "expandable" ? null : "bad blockquote attribute",
            "a" when stack.Contains("a") => "nested link",
            "a" => Href(attributes),
            "pre" => attributes.Length == 0 ? null : "attributes on pre",
            "code" when parent == "pre" => attributes.Length == 0 || attributes.StartsWith("class=\"language-", StringComparison.Ordinal) ? null : "bad code class",
            "code" => attributes.Length == 0 ? null : "language on a standalone code tag",
            "tg-emoji" => attributes.StartsWith("emoji-id=\"", StringComparison.Ordinal) ? null : "tg-emoji without emoji-id",
            _ => $"unsupported tag <{name}>",
        };

        if (attributeError is null)
        {
            stack.Add(name);
        }

        return attributeError;
    }

    private static string? Href(string attributes)
    {
        if (!attributes.StartsWith("href=\"", StringComparison.Ordinal) || !attributes.EndsWith('"'))
        {
            return "a without href";
        }

        var value = attributes[6..^1];
        if (value.Contains('"') || value.Contains('<') || value.Contains('>'))
        {
            return "unescaped href";
        }

        var decoded = value.Replace("&quot;", "\"").Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&");
        return decoded.StartsWith("http://", StringComparison.Ordinal) || decoded.StartsWith("https://", StringComparison.Ordinal)
            || decoded.StartsWith("tg://", StringComparison.Ordinal)
            ? null
            : "href scheme not http, https or tg";
    }

    private static bool TryDecode(string name, out string decoded)
    {
        decoded = name switch { "lt" => "<", "gt" => ">", "amp" => "&", "quot" => "\"", _ => "" };
        if (decoded.Length > 0)
        {
            return true;
        }

        if (name.Length < 2 || name[0] != '#')
        {
            return false;
        }

        var hex = name[1] is 'x' or 'X';
        var digits = hex ? name[2..] : name[1..];
        if (digits.Length is 0 or > 7 || !int.TryParse(digits, hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None, null, out var value)
            || value <= 0 || value >= 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        decoded = char.ConvertFromUtf32(value);
        return true;
    }

    private static string Excerpt(string html, int at) =>
        html.Substring(Math.Max(0, at - 30), Math.Min(html.Length, at + 30) - Math.Max(0, at - 30));
}
