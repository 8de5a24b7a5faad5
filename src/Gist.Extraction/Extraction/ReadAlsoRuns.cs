using AngleSharp.Dom;

namespace Gist.Extraction.Extraction;

/// <summary>
/// "Read also" lines on sites that separate paragraphs with &lt;br&gt; instead of &lt;p&gt; (common on Arabic news
/// sites): "&lt;br&gt;&lt;b&gt;اقرأ أيضا:&lt;/b&gt; &lt;a&gt;headline&lt;/a&gt;&lt;br&gt;" has no element of its own for
/// <see cref="ReadAlsoLines"/> to judge, so the run of inline nodes between two line breaks is judged instead, by
/// the same rule: it starts with a lead-in and most of the rest is link text.
/// </summary>
public static class ReadAlsoRuns
{
    private static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "b", "strong", "em", "i", "u", "span", "font", "small", "mark",
    };

    public static void Remove(IElement body)
    {
        foreach (var br in ElementWalk.Where(body, e => e.LocalName == "br"))
        {
            if (br.Parent is null)
            {
                continue;
            }

            var (run, end) = RunAfter(br);
            if (run.Count == 0)
            {
                continue;
            }

            var linkChars = run.Sum(LinkChars);
            if (!ReadAlsoLines.IsReadAlso(string.Concat(run.Select(n => n.TextContent)), linkChars))
            {
                continue;
            }

            RemoveAll(run);
            // A bare "شاهد أيضا" / "Read also" line introduces the link-only lines under it.
            while (linkChars == 0 && end is not null)
            {
                (run, var next) = RunAfter(end);
                var text = string.Concat(run.Select(n => n.TextContent)).Trim();
                if (text.Length == 0 || run.Sum(LinkChars) < text.Length * 0.8)
                {
                    break;
                }

                RemoveAll(run);
                end = next;
            }
        }
    }

    private static void RemoveAll(List<INode> run)
    {
        foreach (var node in run)
        {
            node.RemoveFromParent();
        }
    }

    // The inline nodes after a <br> up to the next <br> (returned as the end); empty when a block element interrupts
    // (then it is not a line).
    private static (List<INode> Run, IElement? End) RunAfter(IElement br)
    {
        var run = new List<INode>();
        var length = 0;
        for (var node = br.NextSibling; node is not null; node = node.NextSibling)
        {
            if (node is IElement { LocalName: "br" } end)
            {
                return (run, end);
            }

            if (node is IElement element && !Inline.Contains(element.LocalName))
            {
                return ([], null);
            }

            if (node.NodeType is not (NodeType.Text or NodeType.Element))
            {
                continue;
            }

            length += node.TextContent.Length;
            if (length > 400)
            {
                return ([], null);
            }

            run.Add(node);
        }

        return (run, null);
    }

    private static int LinkChars(INode node) => node switch
    {
        IElement { LocalName: "a" } a => a.TextContent.Trim().Length,
        IElement e => e.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length),
        _ => 0,
    };
}
