using System.Text;

namespace Gist.Testing.BotApi;

/// <summary>
/// Telegram's HTML parse mode (https://core.telegram.org/bots/api#html-style), modelled on TDLib's parse_html:
/// tags b/strong, i/em, u/ins, s/strike/del, span class="tg-spoiler", tg-spoiler, a href, code, pre,
/// blockquote [expandable], tg-emoji emoji-id; entities &amp;lt; &amp;gt; &amp;amp; &amp;quot; and numeric ones.
/// Error texts follow TDLib's ("Unsupported start tag \"x\" at byte offset N", …). Stricter than TDLib on one
/// point, as the documentation demands: a bare "&amp;" that does not start a supported entity is an error.
/// </summary>
public static class HtmlEntityParser
{
    private static readonly Dictionary<string, string> EntityTypes = new(StringComparer.Ordinal)
    {
        ["b"] = "bold", ["strong"] = "bold", ["i"] = "italic", ["em"] = "italic",
        ["u"] = "underline", ["ins"] = "underline", ["s"] = "strikethrough", ["strike"] = "strikethrough",
        ["del"] = "strikethrough", ["span"] = "spoiler", ["tg-spoiler"] = "spoiler", ["a"] = "text_link",
        ["code"] = "code", ["pre"] = "pre", ["blockquote"] = "blockquote", ["tg-emoji"] = "custom_emoji",
    };

    /// <summary>Parses <paramref name="html"/>; throws <see cref="HtmlParseException"/> where Telegram would refuse it.</summary>
    public static ParsedText Parse(string html)
    {
        var text = new StringBuilder(html.Length);
        var open = new Stack<OpenTag>();
        var entities = new List<FakeEntity>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '&')
            {
                i = HtmlCharacterReferences.Decode(html, i, text);
            }
            else if (c != '<')
            {
                text.Append(c);
                i++;
            }
            else if (i + 1 < html.Length && html[i + 1] == '/')
            {
                i = CloseTag(html, i, open, text.Length, entities);
            }
            else
            {
                var (tag, next) = HtmlStartTagReader.Read(html, i, EntityTypes.ContainsKey);
                if (tag.Name == "span" && tag.Attribute("class") != "tg-spoiler")
                {
                    throw new HtmlParseException($"Tag \"span\" must have class \"tg-spoiler\" at byte offset {ByteOffset(html, i)}");
                }

                if (tag.Name == "tg-emoji" && string.IsNullOrEmpty(tag.Attribute("emoji-id")))
                {
                    throw new HtmlParseException($"Custom emoji entity must contain a custom emoji identifier at byte offset {ByteOffset(html, i)}");
                }

                open.Push(new OpenTag(tag, text.Length));
                i = next;
            }
        }

        if (open.Count > 0)
        {
            throw new HtmlParseException($"Can't find end tag corresponding to start tag \"{open.Peek().Tag.Name}\"");
        }

        return Trim(text.ToString(), entities);
    }

    /// <summary>True when Telegram would accept <paramref name="html"/>; <paramref name="error"/> says why not.</summary>
    public static bool TryParse(string html, out ParsedText? parsed, out string? error)
    {
        try
        {
            parsed = Parse(html);
            error = null;
            return true;
        }
        catch (HtmlParseException exception)
        {
            parsed = null;
            error = exception.Message;
            return false;
        }
    }

    /// <summary>The UTF-16 length of the visible text, the figure Telegram compares with 4096.</summary>
    public static int VisibleLength(string html) => Parse(html).Length;

    internal static int ByteOffset(string html, int charIndex) => Encoding.UTF8.GetByteCount(html.AsSpan(0, charIndex));

    private static int CloseTag(string html, int start, Stack<OpenTag> open, int textLength, List<FakeEntity> entities)
    {
        var end = html.IndexOf('>', start + 2);
        if (end < 0)
        {
            throw new HtmlParseException($"Unclosed end tag at byte offset {ByteOffset(html, start)}");
        }

        var name = html[(start + 2)..end].Trim().ToLowerInvariant();
        if (open.Count == 0)
        {
            throw new HtmlParseException($"Unexpected end tag at byte offset {ByteOffset(html, start)}");
        }

        var top = open.Peek();
        if (name != top.Tag.Name)
        {
            throw new HtmlParseException(
                $"Unmatched end tag at byte offset {ByteOffset(html, start)}, expected \"</{top.Tag.Name}>\", found \"</{name}>\"");
        }

        open.Pop();
        var length = textLength - top.TextOffset;
        // An <a> without href links nowhere; Telegram keeps its text and drops the entity.
        if (length > 0 && !(top.Tag.Name == "a" && string.IsNullOrEmpty(top.Tag.Attribute("href"))))
        {
            entities.Add(ToEntity(top, length, open.Count > 0 ? open.Peek() : null));
        }

        return end + 1;
    }

    private static FakeEntity ToEntity(OpenTag open, int length, OpenTag? parent)
    {
        var tag = open.Tag;
        var type = EntityTypes[tag.Name];
        return tag.Name switch
        {
            "a" => new FakeEntity(type, open.TextOffset, length, tag.Attribute("href")),
            "blockquote" when tag.HasAttribute("expandable") => new FakeEntity("expandable_blockquote", open.TextOffset, length),
            "tg-emoji" => new FakeEntity(type, open.TextOffset, length, CustomEmojiId: tag.Attribute("emoji-id")),
            // <pre><code class="language-x"> gives the pre entity its language (Bot API, "pre" entity).
            "code" when parent?.Tag.Name == "pre" && tag.Attribute("class") is { } cls && cls.StartsWith("language-", StringComparison.Ordinal)
                => new FakeEntity(type, open.TextOffset, length, Language: cls["language-".Length..]),
            _ => new FakeEntity(type, open.TextOffset, length),
        };
    }

    /// <summary>Telegram strips leading and trailing whitespace from message texts and shifts entities with it.</summary>
    private static ParsedText Trim(string text, List<FakeEntity> entities)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var trimmed = text[start..end];
        var shifted = entities
            .Select(e => e with { Offset = Math.Max(0, e.Offset - start), Length = Math.Min(e.Offset + e.Length, end) - Math.Max(e.Offset, start) })
            .Where(e => e.Length > 0)
            .OrderBy(e => e.Offset)
            .ToList();
        return new ParsedText(trimmed, shifted);
    }

    private sealed record OpenTag(HtmlStartTag Tag, int TextOffset);
}
