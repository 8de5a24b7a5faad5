using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Gist.Core.Text;

namespace Gist.Extraction.Extraction.Search;

/// <summary>
/// Readability's clean-up of the chosen container: footers and share widgets, then (last first, so a parent is judged
/// without what was taken from inside it) each table, list, form and block div whose class names furniture, or which,
/// with fewer than ten commas, is mostly links, images or list items, nearly empty, or an embed. Nothing is removed
/// from the page: the elements are collected, and the text writer skips them, so the fallback search still sees the
/// whole page.
/// </summary>
public sealed partial class ConditionalCleaner(Dictionary<IElement, NodeCounts> counts, HashSet<IElement> removed)
{
    [GeneratedRegex(@"(\b|_)(share|sharedaddy)(\b|_)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ShareWord();

    /// <summary>What the text leaves out: the elements the search did not count, and those cleaned here.</summary>
    public HashSet<IElement> Removed { get; } = removed;

    public void Clean(IElement container)
    {
        var elements = new List<IElement>();
        Collect(container, elements);
        foreach (var element in elements)
        {
            if (!IsRemoved(element, container) && counts.TryGetValue(element, out var own)
                && (element.LocalName == "footer" || (own.Chars < 500 && ShareWord().IsMatch($"{element.GetAttribute("class")} {element.Id}"))))
            {
                Remove(element);
            }
        }

        for (var i = elements.Count - 1; i >= 0; i--)
        {
            var element = elements[i];
            if (element.LocalName is "table" or "ul" or "div" or "form" or "fieldset" && !IsRemoved(element, container)
                && counts.TryGetValue(element, out var own)
                // A div of phrasing content only is a paragraph (Readability makes it a <p>), not a block to judge,
                // unless it is a short line that is mostly a link ("Related: <a>…</a>", hidden link spam).
                && (element.LocalName == "div" && (!own.HasBlock || ParagraphShape.WrapsOneParagraph(element, own)) ? IsLinkLine(own) : ShouldGo(element, own)))
            {
                Remove(element);
            }
        }
    }

    private static bool IsLinkLine(NodeCounts own) => own.Chars < 100 && own.LinkDensity > 0.5;

    private static bool ShouldGo(IElement element, NodeCounts own)
    {
        var weight = ClassWeight.Of(element);
        if (weight < 0)
        {
            return true;
        }

        if (own.Commas >= 10)
        {
            return false;
        }

        var isList = element.LocalName == "ul" || (own.Chars > 0 && (double)own.ListChars / own.Chars > 0.9);
        var headingDensity = own.Chars == 0 ? 0 : (double)own.HeadingChars / own.Chars;
        var inFigure = element.Closest("figure") is not null;
        return (own.Images > 1 && (double)own.Paragraphs / own.Images < 0.5 && !inFigure)
            || (!isList && own.ListItems - 100 > own.Paragraphs)
            || (!isList && headingDensity < 0.9 && own.Chars < 25 && (own.Images == 0 || own.Images > 2) && !inFigure)
            || (!isList && weight < 25 && own.LinkDensity > 0.2)
            || (weight >= 25 && own.LinkDensity > 0.5)
            || (own.Embeds == 1 && own.Chars < 75) || own.Embeds > 1;
    }

    private void Remove(IElement element)
    {
        Removed.Add(element);
        var own = counts[element];
        for (var ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (counts.TryGetValue(ancestor, out var ancestorCounts))
            {
                ancestorCounts.Add(own, element.LocalName, sign: -1);
            }
        }
    }

    private bool IsRemoved(IElement element, IElement container)
    {
        for (var node = element; node is not null && node != container; node = node.ParentElement)
        {
            if (Removed.Contains(node))
            {
                return true;
            }
        }

        return false;
    }

    private static void Collect(IElement parent, List<IElement> elements)
    {
        for (var child = parent.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            elements.Add(child);
            Collect(child, elements);
        }
    }
}
