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
