using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Gist.Extraction.Extraction;

/// <summary>
/// Removes from the page, before Readability scores it, what can never be article text. Each rule names what it
/// fixes. A furniture rule never removes an element holding most of the page's paragraph text: a site that
/// names its article container "post-share-enabled" must not lose its article.
/// </summary>
public static class DomCleaner
{
    // Code, styling, embeds and form controls: no article text, and removing them early makes scoring cheaper.
    private const string NonContentSelector =
        "script,style,noscript,template,svg,canvas,iframe,object,embed,link,button,select,input,textarea,dialog";

    public static void Clean(IHtmlDocument doc)
    {
        var body = doc.Body;
        if (body is null)
        {
            return;
        }

        foreach (var element in doc.QuerySelectorAll(NonContentSelector).ToArray())
        {
            element.Remove();
        }

        var paragraphChars = ParagraphChars(body);
        var keepThreshold = Math.Max(400, paragraphChars * 0.6);
        var bodyChars = TextLength.Of(body);
        RemoveWhere(body, e => IsHidden(e) || e.LocalName == "nav" || (IsFurniture(e) && ParagraphChars(e) < keepThreshold && TextLength.Of(e, bodyChars / 2) < bodyChars / 2));
        ReadAlsoRuns.Remove(body);
        TeaserParagraphs.Remove(body);
        RemoveReadAlsoLines(body);
        RemoveTagAndPagerLinks(body);
        RemoveDateStamps(body);
    }

    /// <summary>
    /// Tag lists and previous/next-post links marked up with rel="tag" / rel="prev" / rel="next" (HTML link
    /// types): WordPress prints them inside the post container, where Readability keeps them.
    /// </summary>
    private static void RemoveTagAndPagerLinks(IElement body)
    {
        foreach (var link in body.QuerySelectorAll("a[rel~='tag'],a[rel~='prev'],a[rel~='next'],a[rel~='category']").ToArray())
        {
            if (link.Parent is null)
            {
                continue;
            }

            // Climb to the block that holds only such links (and their separators), then drop it whole.
            IElement target = link;
            while (target.ParentElement is { LocalName: not "body" and not "article" and not "main" } parent
                   && parent.QuerySelector("p") is null
                   && parent.TextContent.Length < 600
                   && parent.QuerySelectorAll("a[rel~='tag'],a[rel~='prev'],a[rel~='next'],a[rel~='category']").Sum(a => a.TextContent.Length) >= parent.TextContent.Trim().Length * 0.6)
            {
                target = parent;
            }

            // A tag link inside a sentence ("a key hazard of deep <a rel=tag>space travel</a>, but…", as phys.org
            // links its keywords) is part of the text: removing it would cut words out of the story.
            if (ReferenceEquals(target, link) && IsInsideProse(link))
            {
                continue;
            }

            target.Remove();
        }
    }

    // Words on either side, except a label before it ("Filed under: <a>…</a> |" is a tag line, not a sentence).
    private static bool IsInsideProse(IElement element) =>
        (HasLetters(element.PreviousSibling) && !element.PreviousSibling!.TextContent.TrimEnd().EndsWith(':') && !element.PreviousSibling.TextContent.TrimEnd().EndsWith('：'))
        || HasLetters(element.NextSibling);

    private static bool HasLetters(INode? node) =>
        node is { NodeType: NodeType.Text } && node.TextContent.Any(char.IsLetter);

    /// <summary>A date line marked itemprop="datePublished"/"dateModified" is metadata, not a sentence of the story.</summary>
    private static void RemoveDateStamps(IElement body)
    {
        foreach (var stamp in body.QuerySelectorAll("[itemprop='datePublished'],[itemprop='dateModified'],[itemprop='dateCreated']").ToArray())
        {
            // A date inside a sentence ("published on <time itemprop=datePublished>9 Nov</time>, officials said") stays.
            if ((stamp.TextContent.Length < 100 && stamp.LocalName is not "p" and not "div" and not "article" and not "section" || stamp.TextContent.Length < 60)
                && !IsInsideProse(stamp))
            {
                stamp.Remove();
            }
        }
    }

    /// <summary>
    /// Hidden text: the `hidden` attribute, aria-hidden and inline display:none / visibility:hidden. Pages hide
    /// duplicate mobile menus, "skip to" links and sometimes text meant only for crawlers (or a prompt
    /// injection); a reader never sees it, so neither should the model.
    /// </summary>
    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is null)
        {
            return false;
        }

        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    /// <summary>Navigation, asides and class/id-named furniture (share bars, related lists, comments, tags, newsletter, cookie banners).</summary>
    private static bool IsFurniture(IElement element)
    {
        // Figure captions and photo credits describe a picture, not the story, and often repeat its text.
        if (element.LocalName is "nav" or "aside" or "figcaption")
        {
            return true;
        }

        return BoilerplateNames.IsFurniture(element.GetAttribute("class"), element.Id, element.GetAttribute("role"));
    }

    /// <summary>Inline "read also" / tag paragraphs between article paragraphs (see <see cref="ReadAlsoLines"/>).</summary>
    private static void RemoveReadAlsoLines(IElement body)
    {
        foreach (var block in body.QuerySelectorAll("p,div,li,h2,h3,h4,h5,h6,span,strong,b").ToArray())
        {
            // Length first (cheap, stops counting at the limit): most blocks, and every large container, end here.
            if (block.Parent is null || TextLength.Of(block, 400) > 400 || block.QuerySelector("p") is not null)
            {
                continue;
            }

            var text = block.TextContent;

            var linkChars = block.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length);
            if (ReadAlsoLines.IsReadAlso(text, linkChars))
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
        if (parent is { LocalName: "p" or "li" or "div" } && string.IsNullOrWhiteSpace(parent.TextContent))
        {
            parent.Remove();
        }
    }

    private static void RemoveWhere(IElement root, Func<IElement, bool> remove)
    {
        // Depth-first over a snapshot of children: a removed subtree is not visited.
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            foreach (var child in element.Children.ToArray())
            {
                if (remove(child))
                {
                    child.Remove();
                }
                else
                {
                    stack.Push(child);
                }
            }
        }
    }

    private static int ParagraphChars(IElement element)
    {
        var total = 0;
        foreach (var p in element.GetElementsByTagName("p"))
        {
            total += TextLength.Of(p);
        }

        return total;
    }
}
