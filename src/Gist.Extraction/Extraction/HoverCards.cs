using AngleSharp.Dom;

namespace Gist.Extraction.Extraction;

/// <summary>
/// Hover cards and tooltips: a linked name followed, inside the same paragraph, by an inline element that starts
/// with the same name again (the card shown on hover: "Alexandria Ocasio-Cortez" + "Alexandria Ocasio-Cortez
/// U.S. Representative, New York …"). With no space between them the body read
/// "Alexandria Ocasio-CortezAlexandria Ocasio-Cortez…". The card goes; the link stays. Only inline elements right
/// next to each other are compared, so a heading followed by a paragraph that starts with the same word stays.
/// </summary>
public static class HoverCards
{
    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal) { "a", "span", "div", "strong", "b", "em", "i", "abbr" };

    public static void Remove(IElement body)
    {
        foreach (var link in ElementWalk.Where(body, e => e.LocalName == "a"))
        {
            // Most links are too short to be a name: counted first, their text is never built.
            if (TextLength.Of(link, 6) < 6)
            {
                continue;
            }

            // The card is the next element, or the link's own last child when the card sits inside the link. Looked
            // for before the link's text is built: most links have no inline element beside them.
            var card = NextInlineSibling(link) ?? (link.FirstElementChild is { } first && first != link.LastElementChild ? link.LastElementChild : null);
            if (card is null || !Inline.Contains(card.LocalName) || ElementWalk.HasDescendant(card, "p"))
            {
                continue;
            }

            var name = NodeText.Of(link).Trim();
            // A name: two words or more, or one long word; never a bare "here" or a number.
            if (name.Length < 6 || !name.Any(char.IsLetter) || (name.IndexOf(' ', StringComparison.Ordinal) < 0 && name.Length < 8))
            {
                continue;
            }

            var cardFullText = NodeText.Of(card);
            var cardText = cardFullText.Trim();
            var linkText = card.ParentElement == link ? NodeText.Of(link)[..^cardFullText.Length].Trim() : name;
            if (linkText.Length >= 6 && cardText.StartsWith(linkText, StringComparison.Ordinal) && cardText.Length <= linkText.Length + 400)
            {
                card.Remove();
            }
        }
    }

    /// <summary>The element right after <paramref name="element"/> with no text (beyond spaces) in between.</summary>
    private static IElement? NextInlineSibling(IElement element)
    {
        for (var node = element.NextSibling; node is not null; node = node.NextSibling)
        {
            switch (node)
            {
                case IText text when string.IsNullOrWhiteSpace(text.Data):
                    continue;
                case IElement next:
                    return next;
                default:
                    return null;
            }
        }

        return null;
    }
}
