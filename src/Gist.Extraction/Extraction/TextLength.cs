using AngleSharp.Dom;

namespace Gist.Extraction.Extraction;

/// <summary>
/// Length of a node's text (what <c>TextContent.Length</c> gives) without building the string: DOM clean-up asks
/// for the size of many large containers, and building their text each time was a measurable share of a page.
/// </summary>
public static class TextLength
{
    /// <summary>The node's text length, counting stops once it passes <paramref name="limit"/>.</summary>
    public static int Of(INode node, int limit = int.MaxValue)
    {
        var total = 0;
        for (var child = node.FirstChild; child is not null; child = child.NextSibling)
        {
            total += child switch
            {
                IText text => text.Data.Length,
                IElement element => Of(element, limit - total),
                _ => 0,
            };
            if (total > limit)
            {
                return total;
            }
        }

        return total;
    }
}
