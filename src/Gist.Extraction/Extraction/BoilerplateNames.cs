using Gist.Core.Text;
using System.Text.RegularExpressions;

namespace Gist.Extraction.Extraction;

/// <summary>
/// Class/id/role words that name page furniture rather than the article. Readability only down-weights most of
/// these, so a share bar, a "related" list or a comment thread sitting inside the article container survives it.
/// A word matches as a whole '-'/'_'-separated segment of a class or id ("post-share__bar", "related_news"),
/// never as a substring ("shareholders", "tagline" stay).
/// </summary>
public static partial class BoilerplateNames
{
    [GeneratedRegex(
        @"(?:^|[-_])(?:share|sharing|sharebar|social|socials|related|relatedposts|readalso|read-also|readmore|" +
        @"newsletter|newsletters|subscribe|subscription|signup|comments?|disqus|commentlist|respond|tags|tagcloud|taglist|" +
        @"keywords|cookie|cookies|consent|gdpr|breadcrumbs?|outbrain|taboola|recommended|recommendations|" +
        @"more-stories|morestories|most-popular|mostpopular|most-read|mostread|trending|popular|promo|sponsored|advert|" +
        @"advertisement|ads|pager|pagination|byline|bylines|dateline|timestamp|post-meta|entry-meta|article-meta|publish-info|author-bio|authorbio|jump-link|skip-link|print-only|sr-only|visually-hidden|screen-reader-text)(?:$|[-_])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex FurnitureWord();

    // Photo captions and credits ("newsCaption", "wp-caption-text", "image-credit"): anywhere in a class name,
    // since no other English class word contains them.
    [GeneratedRegex("caption|credit", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex CaptionWord();

    private static readonly string[] FurnitureRoles = ["navigation", "complementary", "banner", "contentinfo", "dialog", "alertdialog", "menu", "menubar", "search"];

    /// <summary>True when the element's class, id or ARIA role names it as furniture.</summary>
    public static bool IsFurniture(string? className, string? id, string? role)
    {
        if (role is not null && FurnitureRoles.Contains(role.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        if (id is not null && FurnitureWord().IsMatch(id))
        {
            return true;
        }

        if (className is null)
        {
            return false;
        }

        // Class tokens as spans: this runs for every distinct class attribute of a page.
        var classes = className.AsSpan();
        foreach (var range in classes.Split(' '))
        {
            var token = classes[range].Trim();
            if (!token.IsEmpty && (FurnitureWord().IsMatch(token) || CaptionWord().IsMatch(token)))
            {
                return true;
            }
        }

        return false;
    }
}
