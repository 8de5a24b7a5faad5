using Gist.Core.Text;
using System.Text.RegularExpressions;

namespace Gist.Extraction.Extraction;

/// <summary>
/// Lines that end up after the story's last paragraph because the article container also holds the start of the
/// page's footer: the headings of "Recent articles" / "Popular" lists whose links were removed, a lone "Home",
/// "Learn more", and the comment section's house rules ("comments … will not be approved by the moderator").
/// Only the END of the body is trimmed: the same words inside a story (an article about comment moderation, a
/// paragraph that says "Home") are kept.
/// </summary>
public static partial class TrailingFurniture
{
    [GeneratedRegex(
        @"^(?:(?:most\s+)?(?:popular|recent|latest|trending|related)(?:\s+(?:articles|posts|stories|news|now|this\s+week))?|" +
        @"more\s+stories|learn\s+more|home|you\s+may\s+also\s+like|tell\s+us\s+what\s+you\s+think|" +
        // End-of-story markers and editor credits of news agencies: Persian "انتهای پیام" ("end of message"),
        // Chinese "（责任编辑：…）" ("editor in charge").
        @"انتهای\s+پیام|[（(]?\s*(?:责任编辑|責任編輯|编辑|編輯)\s*[：:]\s*[\p{L}·\s]{1,20}[）)]?)[\s.…!:|/]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SectionHeading();

    [GeneratedRegex(
        @"\b(?:comment|coment|kommentar)\w*\b.{0,120}\b(?:moderat|aprovad|approv|approuv)\w*|\b(?:moderat|aprovad|approv|approuv)\w*\b.{0,120}\b(?:comment|coment|kommentar)\w*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex CommentPolicy();

    // House rules speak to the reader or for the site: a label ("ATENÇÃO:", "Note:") or "we/our/your". A story's last
    // sentence about moderation ("The platform said moderators would review comments.") has neither.
    [GeneratedRegex(
        @"^[\p{L} ]{1,15}:|\b(?:we|our|us|your|nous|notre|nos|vos|wir|unsere|ihre|nosotros|nuestr\w*|nossos?|nossas?|seus?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex PolicyVoice();

    /// <summary>Drops such lines from the end of <paramref name="text"/> (one paragraph per line).</summary>
    public static string Trim(string text)
    {
        var end = text.Length;
        while (end > 0)
        {
            var start = text.LastIndexOf('\n', end - 1) + 1;
            var line = text.AsSpan(start, end - start).Trim();
            if (!IsFurniture(line.ToString()))
            {
                break;
            }

            end = Math.Max(0, start - 1);
        }

        return end == text.Length ? text : text[..end];
    }

    private static bool IsFurniture(string line) =>
        line.Length == 0
        || (line.Length <= 40 && SectionHeading().IsMatch(line))
        || (line.Length <= 200 && CommentPolicy().IsMatch(line) && PolicyVoice().IsMatch(line));
}
