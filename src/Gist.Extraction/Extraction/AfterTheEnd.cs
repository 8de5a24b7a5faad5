using System.Text.RegularExpressions;

namespace Gist.Extraction.Extraction;

/// <summary>
/// Blocks that follow the story's last paragraph inside the article container: a press release's company
/// boilerplate ("About Ascom" / "Ascom is a global solutions provider … headquartered in …, employs …"), the
/// author's bio ("Regan" + "Regan is a Southeastern Connecticut native …"), "Follow him on Twitter @…" lines, the
/// publisher's postal address. Position is the first test: a block is cut only when it and everything after it are
/// such blocks and at least three lines of story come before it; the same sentences in the middle of a story stay.
/// </summary>
public static partial class AfterTheEnd
{
    private const int MinStoryLines = 3;

    // "About Ascom", "About the author", "Über Ascom", "À propos de …", "Acerca de …", "Sobre a …" as a heading line.
    [GeneratedRegex(@"^(?i:about|über|à\s+propos\s+d[e'’]|acerca\s+de|sobre)\s+(?:the\s+author|[\p{Lu}\d][\p{L}\p{N}&.,'’ -]{0,60})\s*:?$", RegexOptions.CultureInvariant)]
    private static partial Regex AboutHeading();

    // "<Name> is a/an/the … provider|company|…": a self-description in the present tense.
    [GeneratedRegex(
        @"^(?:[\p{Lu}\d][\p{L}\p{N}&.'’()®™-]*(?:\s+[\p{Lu}\d&][\p{L}\p{N}&.'’()®™-]*){0,5})(?:\s*\([^)]{1,40}\))?(?:,\s[^,]{1,80},)?\s+(?:is|are)\s+(?:a|an|the|one\s+of\s+the)\s+" +
        @"(?:[\p{L}'’-]+\s+){0,8}?(?:provider|company|leader|maker|manufacturer|developer|supplier|firm|group|platform|organi[sz]ation|operator|producer|distributor|bank|agency|network|publisher|specialist|pioneer|innovator|consultancy|brand|retailer|marketplace|startup|institution|foundation|non-?profit)s?\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex CompanyProfile();

    // What a company profile states and a news story about the company rarely does in its last lines.
    [GeneratedRegex(
        @"\bheadquartered\b|\bemploys\b|\bemployees\b|\bfounded\s+in\b|\blisted\s+on\b|\b(?:NYSE|NASDAQ|Nasdaq|SIX|LSE|TSX)\s*:|\bsubsidiaries\b|\boffices\s+in\b|\bfor\s+more\s+information\b|\bvisit\s+(?:www\.|https?://|us\s+at)|\bwww\.\S+\.\w+",
        RegexOptions.CultureInvariant)]
    private static partial Regex CompanyFact();

    // "<Name> is a writer/journalist …": an author's bio.
    [GeneratedRegex(
        @"^(?:[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,8}?(?:writer|journalist|reporter|editor|author|correspondent|contributor|columnist|blogger|freelancer|native)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AuthorBio();

    // "Follow him on Twitter @…", "Follow Newsbeat on Instagram, Facebook …", "Join our … Forums": social pitches.
    [GeneratedRegex(
        @"\bfollow\s+(?:him|her|them|us|me)\s+(?:on|@)|^follow\s+(?:@?[\p{Lu}\d][\w@.&'’-]*\s+){1,4}on\s+(?:twitter|x|facebook|instagram|youtube|telegram|tiktok|linkedin|threads)\b|\bjoin\s+our\s+[\w ]{0,30}(?:forums?|community|group|channel)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SocialPitch();

    // The site's own pitch after the story: an imperative ("Subscribe to …", "Get … delivered …", "Sign up …")
    // that sells something ("click here", "issues for £11.99", "newsletter"). A story's last sentence is not an
    // imperative to the reader.
    [GeneratedRegex(
        @"^(?:subscribe|sign\s+up)\s+(?:to|for|now|today)\b|^(?:get|join|download|listen\s+to|try)\b.{0,200}(?:\bclick\s+here\b|\bsubscri\w+|\bnewsletter\b|\bdelivered\b|\bissues\s+for\b|\bfree\s+trial\b|\bour\s+app\b|\bpodcast\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SitePitch();

    // "Media contact: press@…", "Investor inquiries: …", a bare e-mail address line.
    [GeneratedRegex(@"^(?:(?:media|press|investor|editorial|sales)\s+)?(?:contacts?|inquiries|enquiries)\s*:|^\S+@\S+\.\w+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContactLine();

    // A postal address: a street number and street word, or a P.O. box, with a postal code.
    [GeneratedRegex(
        @"(?:\b\d{1,5}\s+(?:[\p{L}.'’-]+\s+){1,4}(?:street|st\.|avenue|ave\.?|road|rd\.|boulevard|blvd\.?|lane|drive|dr\.|place|square|suite|floor)\b|\bp\.?\s?o\.?\s+box\s+\d+).{0,80}(?:\b\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PostalAddress();

    public static string Trim(string text)
    {
        var lines = text.Split('\n');
        var story = lines.Count(l => l.Trim().Length > 0);
        var cut = lines.Length;
        // Walk back from the end over lines that are all after-the-end material; a company profile or "About"
        // heading takes the lines after it (its own facts, contact lines) with it.
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var before = lines.Take(i).Count(l => l.Trim().Length > 0);
            if (before < MinStoryLines)
            {
                break;
            }

            if (IsAfterTheEnd(line, lines, i, cut))
            {
                cut = i;
                continue;
            }

            // A profile's later paragraphs ("Ascom is headquartered in …") are not profiles on their own; look one
            // block further back for the profile that starts the run before giving up.
            if (i > 0 && CompanyFact().IsMatch(line) && IsCompanyProfileStart(lines, i - 1))
            {
                continue;
            }

            // A copyright line goes with the block before it when that block is after-the-end material, and stays
            // when the story's own last paragraph comes before it (LabelLines.IsCopyright explains why).
            if (LabelLines.IsCopyright(line) && PreviousLine(lines, i) is { } previous
                && (IsAfterTheEnd(previous.Line, lines, previous.Index, i) || LabelLines.IsCopyright(previous.Line)
                    || (CompanyFact().IsMatch(previous.Line) && IsCompanyProfileStart(lines, previous.Index - 1))))
            {
                continue;
            }

            break;
        }

        return cut == lines.Length || story - lines.Skip(cut).Count(l => l.Trim().Length > 0) < MinStoryLines
            ? text
            : string.Join('\n', lines.Take(cut)).TrimEnd('\n');
    }

    private static bool IsAfterTheEnd(string line, string[] lines, int index, int cut)
    {
        if (line.Length <= 80 && AboutHeading().IsMatch(line))
        {
            return true;
        }

        if (CompanyProfile().IsMatch(line))
        {
            // The profile and what follows it must state company facts, or a story's last sentence about a firm
            // ("Ascom is a Swiss provider of hospital phones.") would go.
            return Enumerable.Range(index, Math.Max(1, Math.Min(cut, lines.Length) - index)).Any(j => CompanyFact().IsMatch(lines[j]))
                   || CompanyFact().IsMatch(string.Join(' ', lines.Skip(index)));
        }

        if (line.Length <= 400 && (SocialPitch().IsMatch(line) || SitePitch().IsMatch(line)))
        {
            return true;
        }

        if (line.Length <= 160 && (PostalAddress().IsMatch(line) || ContactLine().IsMatch(line)))
        {
            return true;
        }

        // An author box: the bio paragraph, and the bare name above it.
        if (AuthorBio().IsMatch(line) && !line.Contains('"', StringComparison.Ordinal) && !line.Contains('“', StringComparison.Ordinal))
        {
            return true;
        }

        return index + 1 < lines.Length && IsBareName(line) && NextLine(lines, index) is { } next && next.StartsWith(line, StringComparison.Ordinal) && AuthorBio().IsMatch(next);
    }

    private static bool IsCompanyProfileStart(string[] lines, int index)
    {
        for (var j = index; j >= 0; j--)
        {
            var line = lines[j].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            return CompanyProfile().IsMatch(line) || (CompanyFact().IsMatch(line) && j > 0 && IsCompanyProfileStart(lines, j - 1));
        }

        return false;
    }

    private static (string Line, int Index)? PreviousLine(string[] lines, int index)
    {
        for (var j = index - 1; j >= 0; j--)
        {
            if (lines[j].Trim().Length > 0)
            {
                return (lines[j].Trim(), j);
            }
        }

        return null;
    }

    private static string? NextLine(string[] lines, int index)
    {
        for (var j = index + 1; j < lines.Length; j++)
        {
            if (lines[j].Trim().Length > 0)
            {
                return lines[j].Trim();
            }
        }

        return null;
    }

    private static bool IsBareName(string line) =>
        line.Length <= 40 && !Gist.Core.Text.SentenceEnd.IsAt(line) && line.Split(' ').Length <= 4 && line.Split(' ').All(w => w.Length > 0 && char.IsUpper(w[0]));
}
