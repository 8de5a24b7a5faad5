using AngleSharp.Dom;

namespace Gist.Extraction.Extraction.Search;

/// <summary>
/// Readability's choice of the article container, over <see cref="NodeCounts"/>: every paragraph (or section, or heading) of 25 characters or
/// more scores 1 + its commas + one per 100 characters (at most 3); the score goes to its parent whole, to the
/// grandparent halved, and to three more ancestors divided by three times their level. An ancestor starts from a
/// base for its tag and its <see cref="ClassWeight"/>; its final score is scaled by its share of text outside
/// links. The best one, moved up to the ancestor several near-best candidates share or to a parent that scores
/// higher, is the container; siblings that score well enough, or read as prose, join it.
/// </summary>
public sealed class CandidateScorer(Dictionary<IElement, NodeCounts> counts)
{
    private const int MinParagraphChars = 25;
    private const int AncestorLevels = 5;

    /// <returns>The container and the siblings that join it, in document order; empty when nothing scored.</returns>
    public List<IElement> Choose(IElement body)
    {
        var candidates = ScoreParagraphs(body);
        if (candidates.Count == 0)
        {
            return [];
        }

        foreach (var candidate in candidates)
        {
            var own = counts[candidate];
            own.Score *= 1 - own.LinkDensity;
        }

        // A stable order: of candidates scoring the same, the first in the page wins.
        var ranked = candidates.OrderByDescending(c => counts[c].Score).ToList();
        var top = SharedAncestor(ranked, body) ?? ranked[0];
        top = HigherScoringParent(top, body);
        while (top.ParentElement is { } parent && parent != body && parent.ChildElementCount == 1)
        {
            top = parent;
        }

        return WithSiblings(top, body);
    }

    private List<IElement> ScoreParagraphs(IElement body)
    {
        var candidates = new List<IElement>();
        foreach (var (element, own) in counts)
        {
            // What Readability scores: paragraphs, preformatted text, table cells, sections (whole), headings below h1,
            // and divs of phrasing content only (which it turns into paragraphs).
            var paragraphLike = element.LocalName is "p" or "pre" or "td" or "section" or "h2" or "h3" or "h4" or "h5" or "h6"
                || (element.LocalName == "div" && (!own.HasBlock || ParagraphShape.WrapsOneParagraph(element, own)));
            // A paragraph alone in a div is scored as that div (Readability puts the paragraph in the div's place).
            paragraphLike &= !(element.LocalName == "p" && element.ParentElement is { } wrapper && counts.TryGetValue(wrapper, out var wrapperCounts) && ParagraphShape.WrapsOneParagraph(wrapper, wrapperCounts));
            if (!paragraphLike || own.Chars < MinParagraphChars)
            {
                continue;
            }

            var score = 1 + own.Commas + Math.Min(own.Chars / 100, 3);
            var level = 0;
            for (var ancestor = element.ParentElement; ancestor is not null && level < AncestorLevels && counts.TryGetValue(ancestor, out var ancestorCounts); ancestor = ancestor.ParentElement, level++)
            {
                if (!ancestorCounts.IsCandidate)
                {
                    Initialize(ancestor, ancestorCounts);
                    candidates.Add(ancestor);
                }

                ancestorCounts.Score += (double)score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                if (ancestor == body)
                {
                    break;
                }
            }
        }

        return candidates;
    }

    private static void Initialize(IElement element, NodeCounts own)
    {
        own.IsCandidate = true;
        own.Score = ClassWeight.Of(element) + element.LocalName switch
        {
            "div" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
    }

    /// <summary>When three or more of the next four candidates score within 75 % of the best, the closest ancestor of the best holding three of them.</summary>
    private IElement? SharedAncestor(List<IElement> ranked, IElement body)
    {
        var best = counts[ranked[0]].Score;
        var near = ranked.Skip(1).Take(4).Where(c => counts[c].Score >= best * 0.75).ToList();
        if (near.Count < 3)
        {
            return null;
        }

        for (var ancestor = ranked[0].ParentElement; ancestor is not null && ancestor != body; ancestor = ancestor.ParentElement)
        {
            if (near.Count(ancestor.Contains) >= 3)
            {
                return ancestor;
            }
        }

        return null;
    }

    /// <summary>Climbs to a parent that scores higher than the child below it (the article split among its children).</summary>
    private IElement HigherScoringParent(IElement top, IElement body)
    {
        var own = counts[top];
        if (!own.IsCandidate)
        {
            Initialize(top, own);
        }

        var lastScore = own.Score;
        var floor = lastScore / 3;
        for (var parent = top.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            if (!counts.TryGetValue(parent, out var parentCounts) || !parentCounts.IsCandidate)
            {
                continue;
            }

            if (parentCounts.Score < floor)
            {
                break;
            }

            if (parentCounts.Score > lastScore)
            {
                return parent;
            }

            lastScore = parentCounts.Score;
        }

        return top;
    }

    private List<IElement> WithSiblings(IElement top, IElement body)
    {
        var topScore = counts[top].Score;
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.GetAttribute("class");
        var parts = new List<IElement>();
        foreach (var sibling in (top.ParentElement ?? body).Children)
        {
            if (sibling == top)
            {
                parts.Add(sibling);
                continue;
            }

            if (!counts.TryGetValue(sibling, out var own))
            {
                continue;
            }

            var bonus = !string.IsNullOrEmpty(topClass) && topClass == sibling.GetAttribute("class") ? topScore * 0.2 : 0;
            // A div of phrasing content only reads as a paragraph, as Readability turns it into one.
            var paragraph = sibling.LocalName == "p" || (sibling.LocalName == "div" && (!own.HasBlock || ParagraphShape.WrapsOneParagraph(sibling, own)));
            if ((own.IsCandidate && own.Score + bonus >= threshold) || (paragraph && ParagraphShape.ReadsAsProse(sibling, own)))
            {
                parts.Add(sibling);
            }
        }

        return parts;
    }
}
