using AngleSharp.Dom;

namespace Gist.Extraction.Extraction;

/// <summary>
/// The elements under a root that a test picks, in document order, found by walking the tree by hand. The cleaning
/// rules run over every page; AngleSharp's QuerySelectorAll matches each element against every alternative of a
/// selector list and allocates for it, which a profile of the per-page path showed as a large share of cleaning.
/// </summary>
public static class ElementWalk
{
    /// <summary>Every element below <paramref name="root"/> (not the root itself) for which <paramref name="pick"/> is true.</summary>
    /// <param name="skipPickedSubtrees">Do not look inside a picked element (its descendants go with it when it is removed).</param>
    public static List<IElement> Where(INode root, Func<IElement, bool> pick, bool skipPickedSubtrees = false)
    {
        var picked = new List<IElement>();
        Collect(root, pick, skipPickedSubtrees, picked);
        return picked;
    }

    /// <summary>
    /// True when an element named <paramref name="localName"/> is below <paramref name="element"/>. By hand rather than
    /// with QuerySelector: the rules ask it of most blocks of a page, and each selector call takes a lock on
    /// AngleSharp's selector cache and allocates its result.
    /// </summary>
    public static bool HasDescendant(IElement element, string localName)
    {
        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (child.LocalName == localName || HasDescendant(child, localName))
            {
                return true;
            }
        }

        return false;
    }

    private static void Collect(INode parent, Func<IElement, bool> pick, bool skipPickedSubtrees, List<IElement> picked)
    {
        for (var child = parent.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is not IElement element)
            {
                continue;
            }

            var isPicked = pick(element);
            if (isPicked)
            {
                picked.Add(element);
            }

            if (!(isPicked && skipPickedSubtrees))
            {
                Collect(element, pick, skipPickedSubtrees, picked);
            }
        }
    }
}
