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
    private static readonly HashSet<string> NonContent = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "link", "button", "select",
        "input", "textarea", "dialog",
    };

    public static void Clean(IHtmlDocument doc, GeneralRules rules = GeneralRules.All)
    {
        var body = doc.Body;
        if (body is null)
        {
            return;
        }

        // A removed element takes its subtree with it, so the walk does not look inside one.
        foreach (var element in ElementWalk.Where(doc, e => NonContent.Contains(e.LocalName), skipPickedSubtrees: true))
        {
            element.Remove();
        }

        // Embedded social posts first: rewritten to plain quotes, out of their furniture-named wrappers.
        var quotedPosts = rules.HasFlag(GeneralRules.EmbeddedPosts) && EmbeddedPosts.Rewrite(doc, body) > 0;

        if (rules.HasFlag(GeneralRules.HoverCards))
        {
            HoverCards.Remove(body);
        }

        var paragraphChars = ParagraphChars(body);
        var keepThreshold = Math.Max(400, paragraphChars * 0.6);
        var bodyChars = TextLength.Of(body);
        // Pages repeat the same class attribute on many elements: each distinct value is judged once per page.
        var furnitureClasses = new Dictionary<string, bool>(StringComparer.Ordinal);
        RemoveWhere(body, e => HiddenElements.IsHidden(e) || e.LocalName == "nav" || (IsFurniture(e, furnitureClasses) && ParagraphChars(e) < keepThreshold && TextLength.Of(e, bodyChars / 2) < bodyChars / 2 && !(quotedPosts && HoldsQuotedPost(e))));
        ReadAlsoRuns.Remove(body);
        TeaserParagraphs.Remove(body);
        ReadAlsoBlocks.Remove(body);
        TagLinks.Remove(body);
        RemoveDateStamps(body);
    }

    /// <summary>A furniture-named block that holds a quoted post (a "social" section of the story) keeps it.</summary>
    private static bool HoldsQuotedPost(IElement element) =>
        EmbeddedPosts.IsQuotedPost(element) || element.QuerySelector("blockquote[data-gist='quoted-post']") is not null;

    /// <summary>A date line marked itemprop="datePublished"/"dateModified" is metadata, not a sentence of the story.</summary>
    private static void RemoveDateStamps(IElement body)
    {
        foreach (var stamp in ElementWalk.Where(body, e => e.GetAttribute("itemprop") is "datePublished" or "dateModified" or "dateCreated"))
        {
            // A date inside a sentence ("published on <time itemprop=datePublished>9 Nov</time>, officials said") stays.
            if ((TextLength.Of(stamp, 100) < 100 && stamp.LocalName is not "p" and not "div" and not "article" and not "section" || TextLength.Of(stamp, 60) < 60)
                && !InlineProse.Contains(stamp))
            {
                stamp.Remove();
            }
        }
    }

    /// <summary>Navigation, asides and class/id-named furniture (share bars, related lists, comments, tags, newsletter, cookie banners).</summary>
    private static bool IsFurniture(IElement element, Dictionary<string, bool> furnitureClasses)
    {
        // Figure captions and photo credits describe a picture, not the story, and often repeat its text.
        if (element.LocalName is "nav" or "aside" or "figcaption")
        {
            return true;
        }

        var id = element.Id;
        var role = element.GetAttribute("role");
        if (id is not null || role is not null)
        {
            return BoilerplateNames.IsFurniture(element.GetAttribute("class"), id, role);
        }

        var className = element.GetAttribute("class");
        if (className is null)
        {
            return false;
        }

        if (!furnitureClasses.TryGetValue(className, out var furniture))
        {
            furniture = BoilerplateNames.IsFurniture(className, null, null);
            furnitureClasses[className] = furniture;
        }

        return furniture;
    }

    private static void RemoveWhere(IElement root, Func<IElement, bool> remove)
    {
        // Depth-first; the next sibling is taken before a child is judged, so removing it does not end the walk, and a
        // removed subtree is not visited.
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            for (var child = element.FirstElementChild; child is not null;)
            {
                var next = child.NextElementSibling;
                if (remove(child))
                {
                    child.Remove();
                }
                else
                {
                    stack.Push(child);
                }

                child = next;
            }
        }
    }

    private static int ParagraphChars(IElement element)
    {
        // By hand: GetElementsByTagName builds a collection and an enumerator for every furniture-named element.
        var total = 0;
        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            total += (child.LocalName == "p" ? TextLength.Of(child) : 0) + ParagraphChars(child);
        }

        return total;
    }
}
