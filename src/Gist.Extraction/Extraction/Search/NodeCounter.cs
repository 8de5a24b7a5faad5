using AngleSharp.Dom;

namespace Gist.Extraction.Extraction.Search;

/// <summary>Counts every element's subtree (<see cref="NodeCounts"/>) in one walk, children before parents.</summary>
public static class NodeCounter
{
    private static readonly HashSet<string> BlockNames = new(StringComparer.Ordinal)
    {
        "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "article", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6",
    };

    // U+002C, Arabic U+060C, and the small, vertical and full-width forms used in CJK text.
    private static readonly HashSet<char> CommaCharacters = [',', '\u060C', '\uFE50', '\uFE10', '\uFE11', '\u2E41', '\u2E34', '\u2E32', '\uFF0C'];

    /// <param name="unlikely">Receives the elements <see cref="ClassWeight.IsUnlikely"/> leaves out: they are not counted.</param>
    public static Dictionary<IElement, NodeCounts> Count(IElement root, HashSet<IElement> unlikely)
    {
        var counts = new Dictionary<IElement, NodeCounts>();
        Count(root, inLink: false, counts, unlikely);
        return counts;
    }

    private static NodeCounts Count(IElement element, bool inLink, Dictionary<IElement, NodeCounts> counts, HashSet<IElement> unlikely)
    {
        var own = new NodeCounts();
        var linked = inLink || element.LocalName == "a";
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is IText text)
            {
                var (chars, commas) = CountText(text.Data);
                own.Chars += chars;
                own.Commas += commas;
                own.LinkChars += linked ? chars : 0;
            }
            else if (child is IElement childElement)
            {
                if (ClassWeight.IsUnlikely(childElement))
                {
                    unlikely.Add(childElement);
                    continue;
                }

                var childCounts = Count(childElement, linked, counts, unlikely);
                own.Add(childCounts, childElement.LocalName);
                own.HasBlock |= childCounts.HasBlock || BlockNames.Contains(childElement.LocalName);
            }
        }

        counts[element] = own;
        return own;
    }

    private static (int Chars, int Commas) CountText(string text)
    {
        int chars = 0, commas = 0;
        var inSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                chars += inSpace ? 0 : 1;
                inSpace = true;
                continue;
            }

            chars++;
            inSpace = false;
            commas += CommaCharacters.Contains(c) ? 1 : 0;
        }

        return (chars, commas);
    }
}
