namespace Gist.Extraction.Budgets;

/// <summary>
/// Counts the start tags of HTML (or XML) markup and estimates how deep its elements nest, in one linear pass and
/// without building anything, so a page can be refused before a parser spends quadratic time on it (HTML parsing
/// checks the stack of open elements and the list of active formatting elements at every tag,
/// https://html.spec.whatwg.org/multipage/parsing.html#tree-construction). Elements whose end tag may be omitted
/// (p, li, td…) and void elements do not deepen the estimate; every other start tag does until its end tag.
/// The scan stops early once either limit is passed.
/// </summary>
public static class MarkupScanner
{
    private static readonly HashSet<string> Unnested = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements (no end tag).
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        // End tag optional: the parser closes them itself, so an unclosed one does not pile up.
        "html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
        "colgroup", "caption", "rb", "rt", "rtc", "rp",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

    private static readonly Dictionary<string, string> RawTextEnds = RawText.ToDictionary(name => name, name => "</" + name, StringComparer.Ordinal);

    public static MarkupShape Measure(ReadOnlySpan<char> markup, int maxElements = int.MaxValue, int maxDepth = int.MaxValue) =>
        Scan(markup, maxElements, maxDepth).Shape;

    /// <summary>Where the first start tag past either limit begins (the markup's length when none is).</summary>
    public static int CutPoint(ReadOnlySpan<char> markup, int maxElements, int maxDepth) => Scan(markup, maxElements, maxDepth).StopAt;

    private static (MarkupShape Shape, int StopAt) Scan(ReadOnlySpan<char> markup, int maxElements, int maxDepth)
    {
        var stopAt = markup.Length;
        var elements = 0;
        var depth = 0;
        var deepest = 0;
        var i = 0;
        while (i < markup.Length)
        {
            var open = markup[i..].IndexOf('<');
            if (open < 0)
            {
                break;
            }

            var tagStart = i + open;
            i = tagStart + 1;
            if (i >= markup.Length)
            {
                break;
            }

            var c = markup[i];
            if (c == '!' || c == '?')
            {
                i = SkipDeclaration(markup, i);
                continue;
            }

            var closing = c == '/';
            var nameStart = closing ? i + 1 : i;
            if (nameStart >= markup.Length || !char.IsAsciiLetter(markup[nameStart]))
            {
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < markup.Length && !IsNameEnd(markup[nameEnd]))
            {
                nameEnd++;
            }

            var name = markup[nameStart..nameEnd];
            var (tagEnd, selfClosing) = SkipAttributes(markup, nameEnd);
            i = tagEnd;
            var colon = name.IndexOf(':');
            var local = colon >= 0 ? name[(colon + 1)..] : name;
            var nests = !selfClosing && !IsUnnested(local);
            if (closing)
            {
                if (nests && depth > 0)
                {
                    depth--;
                }

                continue;
            }

            elements++;
            if (nests)
            {
                deepest = Math.Max(deepest, ++depth);
            }

            if (elements > maxElements || deepest > maxDepth)
            {
                stopAt = tagStart;
                break;
            }

            if (!selfClosing && RawTextName(local) is { } raw)
            {
                i = SkipRawText(markup, i, raw);
            }
        }

        return (new MarkupShape(elements, deepest), stopAt);
    }

    private static bool IsNameEnd(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>';

    private static bool IsUnnested(ReadOnlySpan<char> name)
    {
        var lookup = Unnested.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(name);
    }

    private static string? RawTextName(ReadOnlySpan<char> name)
    {
        foreach (var raw in RawText)
        {
            if (name.Equals(raw, StringComparison.OrdinalIgnoreCase))
            {
                return raw;
            }
        }

        return null;
    }

    /// <summary>Past the tag's closing '&gt;', skipping quoted attribute values; whether it ended in "/&gt;".</summary>
    private static (int End, bool SelfClosing) SkipAttributes(ReadOnlySpan<char> markup, int i)
    {
        // Jumps from one quote or '>' to the next (vectorised searches): attribute values are most of a tag's text.
        while (i < markup.Length)
        {
            var next = markup[i..].IndexOfAny('"', '\'', '>');
            if (next < 0)
            {
                break;
            }

            i += next;
            if (markup[i] == '>')
            {
                return (i + 1, markup[i - 1] == '/');
            }

            var close = markup[(i + 1)..].IndexOf(markup[i]);
            if (close < 0)
            {
                break;
            }

            i += close + 2;
        }

        return (markup.Length, false);
    }

    /// <summary>Comments to "--&gt;", CDATA to "]]&gt;", doctypes and processing instructions to "&gt;".</summary>
    private static int SkipDeclaration(ReadOnlySpan<char> markup, int i)
    {
        var rest = markup[i..];
        var (terminator, skip) = rest.StartsWith("!--") ? ("-->", 3) : rest.StartsWith("![CDATA[") ? ("]]>", 8) : (">", 1);
        var end = rest[skip..].IndexOf(terminator, StringComparison.Ordinal);
        return end < 0 ? markup.Length : i + skip + end + terminator.Length;
    }

    private static int SkipRawText(ReadOnlySpan<char> markup, int i, string name)
    {
        var rest = markup[i..];
        var end = rest.IndexOf(RawTextEnds[name], StringComparison.OrdinalIgnoreCase);
        return end < 0 ? markup.Length : i + end;
    }
}
