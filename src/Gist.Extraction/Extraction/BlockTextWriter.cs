using System.Text;
using AngleSharp.Dom;

namespace Gist.Extraction.Extraction;

/// <summary>
/// Element → plain text where every block (p, li, h2, div, br…) starts a new line. Readability-style
/// <c>textContent</c> glues "end of one paragraph.Start of the next" together, which corrupts sentences for the
/// model and for the 4-token shingles of the benchmark.
/// </summary>
public static class BlockTextWriter
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "FOOTER", "ASIDE", "NAV", "BLOCKQUOTE", "PRE",
        "H1", "H2", "H3", "H4", "H5", "H6", "UL", "OL", "LI", "DL", "DT", "DD", "TABLE", "THEAD", "TBODY",
        "TFOOT", "TR", "TD", "TH", "CAPTION", "FIGURE", "FIGCAPTION", "HR", "ADDRESS", "DETAILS", "SUMMARY",
    };

    private static readonly HashSet<string> SkippedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "BUTTON", "SELECT", "OPTION", "TEXTAREA", "IFRAME",
    };

    public static string Write(INode root)
    {
        var sb = new StringBuilder();
        Append(root, sb, skipped: null);
        return TextCleaner.Clean(sb.ToString());
    }

    /// <summary>The text of several blocks one after another, leaving out the <paramref name="skipped"/> elements.</summary>
    public static string Write(IEnumerable<IElement> blocks, IReadOnlySet<IElement> skipped)
    {
        var sb = new StringBuilder();
        foreach (var block in blocks)
        {
            sb.Append('\n');
            Append(block, sb, skipped);
            sb.Append('\n');
        }

        return TextCleaner.Clean(sb.ToString());
    }

    private static void Append(INode node, StringBuilder sb, IReadOnlySet<IElement>? skipped)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    // Source line breaks inside a paragraph are plain spaces in HTML.
                    var data = text.Data;
                    if (child.ParentElement?.LocalName == "pre")
                    {
                        sb.Append(data);
                    }
                    else
                    {
                        sb.Append(data.Replace('\n', ' ').Replace('\r', ' '));
                    }

                    break;
                case IElement element when SkippedTags.Contains(element.TagName) || skipped?.Contains(element) == true:
                    break;
                case IElement element when element.TagName == "BR":
                    sb.Append('\n');
                    break;
                case IElement element when BlockTags.Contains(element.TagName):
                    sb.Append('\n');
                    Append(element, sb, skipped);
                    sb.Append('\n');
                    break;
                case IElement element:
                    Append(element, sb, skipped);
                    break;
            }
        }
    }
}
