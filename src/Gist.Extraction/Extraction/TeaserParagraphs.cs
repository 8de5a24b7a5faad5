using AngleSharp.Dom;

namespace Gist.Extraction.Extraction;

/// <summary>
/// A paragraph that is nothing but one link with a headline-length text ("&lt;p&gt;&lt;a href=…&gt;&lt;strong&gt;A LONG,
/// DRAWN OUT HISTORY OF …&lt;/strong&gt;&lt;/a&gt;&lt;/p&gt;") is a teaser for another story placed between the
/// paragraphs, the same leak as a "read also" line without its lead-in. Short link paragraphs stay (a product name,
/// "Click for full results", a bare address): a teaser is a headline, so at least
/// <see cref="MinHeadlineWords"/> words (or, in scripts written without spaces, <see cref="MinHeadlineChars"/> characters).
/// Measured on the benchmark's dev pages: 8 such paragraphs removed, none of them in the ground truth.
/// </summary>
public static class TeaserParagraphs
{
    public const int MinHeadlineWords = 7;
    public const int MinHeadlineChars = 12;

    public static void Remove(IElement body)
    {
        foreach (var paragraph in ElementWalk.Where(body, e => e.LocalName == "p"))
        {
            if (IsTeaser(paragraph))
            {
                paragraph.Remove();
            }
        }
    }

    private static bool IsTeaser(IElement paragraph)
    {
        if (TextLength.Of(paragraph, 300) >= 300)
        {
            return false;
        }

        var links = ElementWalk.Where(paragraph, e => e.LocalName == "a");
        if (links.Count != 1 || links[0].GetAttribute("href") is not { Length: > 0 } href || href.StartsWith('#'))
        {
            return false;
        }

        var text = paragraph.TextContent.Trim();
        if (text.Length == 0 || links[0].TextContent.Trim().Length < text.Length)
        {
            return false;
        }

        if (text.StartsWith("http", StringComparison.OrdinalIgnoreCase) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return words >= MinHeadlineWords || (words == 1 && text.Length >= MinHeadlineChars && text.Any(IsWrittenWithoutSpaces));
    }

    // Chinese and Japanese: Hiragana, Katakana and the CJK ideographs (Unicode blocks 3040–30FF, 4E00–9FFF).
    private static bool IsWrittenWithoutSpaces(char c) => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF';
}
