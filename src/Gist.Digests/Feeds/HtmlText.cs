using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Gist.Extraction.Budgets;

namespace Gist.Digests.Feeds;

/// <summary>
/// An HTML fragment from a feed (description, content:encoded, content_html) as plain paragraphs. A fragment beyond
/// <see cref="MaxElements"/> or <see cref="MaxDepth"/> is cut before the tag that passes it (a digest entry needs no
/// more), so parsing it stays linear.
/// </summary>
public static class HtmlText
{
    public const int MaxElements = 5_000;
    public const int MaxDepth = 128;

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "BR", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "TR", "SECTION", "ARTICLE", "FIGCAPTION", "PRE",
    };

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase) { "SCRIPT", "STYLE", "NOSCRIPT", "IFRAME", "svg" };

    public static string ToText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
        {
            return Normalize(html);
        }

        html = MarkupBudget.Truncated(html, MaxElements, MaxDepth) ?? html;
        var document = new HtmlParser().ParseDocument("<html><body>" + html + "</body></html>");
        var builder = new StringBuilder(html.Length);
        Write(document.Body!, builder);
        return Normalize(builder.ToString());
    }

    private static void Write(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                builder.Append(text.Data);
            }
            else if (child is IElement element && !Dropped.Contains(element.TagName))
            {
                var block = Blocks.Contains(element.TagName);
                if (block)
                {
                    builder.Append('\n');
                }

                Write(element, builder);
                if (block)
                {
                    builder.Append('\n');
                }
            }
        }
    }

    private static string Normalize(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }
}
