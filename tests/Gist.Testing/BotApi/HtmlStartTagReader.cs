namespace Gist.Testing.BotApi;

/// <summary>Reads one start tag the way TDLib's parse_html does: the name runs to the first space or '&gt;';
/// attributes are name, name=value, name="value" or name='value'; unknown attributes are ignored.</summary>
internal static class HtmlStartTagReader
{
    public static (HtmlStartTag Tag, int Next) Read(string html, int start, Func<string, bool> isSupported)
    {
        var pos = start + 1;
        while (pos < html.Length && !char.IsWhiteSpace(html[pos]) && html[pos] != '>')
        {
            pos++;
        }

        if (pos >= html.Length)
        {
            throw Unclosed(html, start);
        }

        var name = html[(start + 1)..pos].ToLowerInvariant();
        if (!isSupported(name))
        {
            throw new HtmlParseException($"Unsupported start tag \"{name}\" at byte offset {HtmlEntityParser.ByteOffset(html, start)}");
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            pos = SkipSpaces(html, pos);
            if (pos >= html.Length)
            {
                throw Unclosed(html, start);
            }

            if (html[pos] == '>')
            {
                return (new HtmlStartTag(name, attributes), pos + 1);
            }

            var nameStart = pos;
            while (pos < html.Length && !char.IsWhiteSpace(html[pos]) && html[pos] is not ('=' or '>'))
            {
                pos++;
            }

            var attributeName = html[nameStart..pos].ToLowerInvariant();
            if (attributeName.Length == 0)
            {
                throw new HtmlParseException(
                    $"Empty attribute name in the tag \"{name}\" at byte offset {HtmlEntityParser.ByteOffset(html, start)}");
            }

            pos = SkipSpaces(html, pos);
            if (pos >= html.Length)
            {
                throw Unclosed(html, start);
            }

            if (html[pos] != '=')
            {
                attributes[attributeName] = "";
                continue;
            }

            pos = SkipSpaces(html, pos + 1);
            if (pos >= html.Length)
            {
                throw Unclosed(html, start);
            }

            int valueStart, valueEnd;
            if (html[pos] is '"' or '\'')
            {
                valueStart = pos + 1;
                valueEnd = html.IndexOf(html[pos], valueStart);
                if (valueEnd < 0)
                {
                    throw Unclosed(html, start);
                }

                pos = valueEnd + 1;
            }
            else
            {
                valueStart = pos;
                while (pos < html.Length && !char.IsWhiteSpace(html[pos]) && html[pos] != '>')
                {
                    pos++;
                }

                valueEnd = pos;
            }

            attributes[attributeName] = HtmlCharacterReferences.DecodeAll(html, valueStart, valueEnd);
        }
    }

    private static int SkipSpaces(string html, int pos)
    {
        while (pos < html.Length && char.IsWhiteSpace(html[pos]))
        {
            pos++;
        }

        return pos;
    }

    private static HtmlParseException Unclosed(string html, int start) =>
        new($"Unclosed start tag at byte offset {HtmlEntityParser.ByteOffset(html, start)}");
}
