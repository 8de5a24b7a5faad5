using AngleSharp.Dom;

namespace Gist.Extraction.Extraction.Search;

/// <summary>What Readability takes for a paragraph beyond a &lt;p&gt;: shapes the scorer and the clean-up both ask about.</summary>
public static class ParagraphShape
{
    /// <summary>A div holding one paragraph and nothing else, mostly outside links (a paragraph in a wrapper).</summary>
    public static bool WrapsOneParagraph(IElement element, NodeCounts own)
    {
        if (element.LocalName != "div" || element.ChildElementCount != 1 || element.FirstElementChild!.LocalName != "p" || own.LinkDensity >= 0.25)
        {
            return false;
        }

        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A long paragraph mostly outside links, or a short one with no link that ends a sentence.</summary>
    public static bool ReadsAsProse(IElement paragraph, NodeCounts own) =>
        (own.Chars > 80 && own.LinkDensity < 0.25)
        || (own.Chars is > 0 and < 80 && own.LinkChars == 0 && paragraph.TextContent.TrimEnd().EndsWith('.'));
}
