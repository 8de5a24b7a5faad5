using AngleSharp.Dom;

namespace Gist.Extraction.Extraction;

/// <summary>
/// Inline "read also" / tag paragraphs between article paragraphs (judged by <see cref="ReadAlsoLines"/>), and the
/// link-only paragraphs a bare "read also" heading introduces.
/// </summary>
public static class ReadAlsoBlocks
{
    private static readonly HashSet<string> BlockNames = new(StringComparer.Ordinal) { "p", "div", "li", "h2", "h3", "h4", "h5", "h6", "span", "strong", "b" };

    public static void Remove(IElement body)
    {
        Span<char> head = stackalloc char[128];
        foreach (var block in ElementWalk.Where(body, e => BlockNames.Contains(e.LocalName)))
        {
            // Length first (cheap, stops counting at the limit): most blocks, and every large container, end here.
            if (block.Parent is null || TextLength.Of(block, 400) > 400 || ElementWalk.HasDescendant(block, "p"))
            {
                continue;
            }

            // The lead-in decides first: most blocks have none, and then neither their text is built nor their links
            // counted (the start of the text, on the stack, is enough to tell).
            if (!ReadAlsoLines.MayBeLeadInLine(head[..NodeText.CopyPrefix(block, head)]))
            {
                continue;
            }

            var rest = ReadAlsoLines.TextAfterLeadIn(NodeText.Of(block));
            var linkChars = rest > 0 ? LinkChars(block) : 0;
            if (rest == 0 || (rest > 0 && linkChars >= rest * 0.5))
            {
                // A bare "DON'T MISS" / "Read also" heading introduces the link-only paragraphs after it.
                if (linkChars == 0)
                {
                    RemoveLinkOnlySiblingsAfter(block);
                }

                RemoveWithEmptyParent(block);
            }
        }
    }

    /// <summary>The trimmed text length of every &lt;a&gt; under the element, as QuerySelectorAll("a") would list them.</summary>
    private static int LinkChars(IElement element)
    {
        var total = 0;
        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (child.LocalName == "a")
            {
                total += NodeText.Of(child).Trim().Length;
            }

            total += LinkChars(child);
        }

        return total;
    }

    private static void RemoveLinkOnlySiblingsAfter(IElement heading)
    {
        var anchor = heading;
        while (anchor.NextElementSibling is null && anchor.ParentElement is { LocalName: not "body" } parent && parent.Children.Length == 1)
        {
            anchor = parent;
        }

        // Walk the following nodes: line breaks and blank text between the heading and its links are skipped, words
        // outside a link end the list (on <br>-separated sites the next paragraph is a bare text node).
        for (var node = anchor.NextSibling; node is not null;)
        {
            var following = node.NextSibling;
            if (node is IElement { LocalName: "br" } || (node.NodeType == NodeType.Text && string.IsNullOrWhiteSpace(node.TextContent)))
            {
                node = following;
                continue;
            }

            if (node is not IElement next)
            {
                break;
            }

            var text = next.TextContent.Trim();
            var linkChars = next.LocalName == "a" ? text.Length : next.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length);
            if (text.Length == 0 || linkChars < text.Length * 0.8)
            {
                break;
            }

            next.Remove();
            node = following;
        }
    }

    /// <summary>Removing a &lt;strong&gt;read also&lt;/strong&gt; inside an otherwise empty &lt;p&gt; takes the &lt;p&gt; too.</summary>
    private static void RemoveWithEmptyParent(IElement element)
    {
        var parent = element.ParentElement;
        element.Remove();
        if (parent is { LocalName: "p" or "li" or "div" } && string.IsNullOrWhiteSpace(NodeText.Of(parent)))
        {
            parent.Remove();
        }
    }
}
