using AngleSharp.Dom;

namespace Gist.Extraction.Extraction;

/// <summary>
/// Tag lists and previous/next-post links marked up with rel="tag" / rel="prev" / rel="next" / rel="category"
/// (HTML link types): WordPress prints them inside the post container, where Readability keeps them.
/// </summary>
public static class TagLinks
{
    public static void Remove(IElement body)
    {
        foreach (var link in ElementWalk.Where(body, IsTagLink))
        {
            if (link.Parent is null)
            {
                continue;
            }

            // Climb to the block that holds only such links (and their separators), then drop it whole.
            IElement target = link;
            while (target.ParentElement is { LocalName: not "body" and not "article" and not "main" } parent
                   && parent.QuerySelector("p") is null
                   && TextLength.Of(parent, 600) < 600
                   && parent.QuerySelectorAll("a[rel~='tag'],a[rel~='prev'],a[rel~='next'],a[rel~='category']").Sum(a => a.TextContent.Length) >= parent.TextContent.Trim().Length * 0.6)
            {
                target = parent;
            }

            // A tag link inside a sentence ("a key hazard of deep <a rel=tag>space travel</a>, but…", as phys.org
            // links its keywords) is part of the text: removing it would cut words out of the story.
            if (ReferenceEquals(target, link) && InlineProse.Contains(link))
            {
                continue;
            }

            target.Remove();
        }
    }

    private static readonly HashSet<string> TagRelations = new(StringComparer.Ordinal) { "tag", "prev", "next", "category" };

    /// <summary>What a[rel~='tag'],a[rel~='prev'],a[rel~='next'],a[rel~='category'] matches, without the selector engine.</summary>
    private static bool IsTagLink(IElement element) => element.LocalName == "a" && AttributeTokens.AnyIn(element, "rel", TagRelations);
}
