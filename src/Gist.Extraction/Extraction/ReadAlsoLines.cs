using Gist.Core.Text;
using System.Text.RegularExpressions;

namespace Gist.Extraction.Extraction;

/// <summary>
/// Inline "read also" and tag lines: a paragraph such as <c>&lt;p&gt;إقرأ أيضاً: &lt;a&gt;…&lt;/a&gt;&lt;/p&gt;</c> sits between
/// two paragraphs of the article, so Readability keeps it (it only drops link-list blocks), and its headline then
/// leaks a different story into the summary. Same for "Tags:" / "كلمات دلالية:" lines. The lead-ins are
/// <see cref="MarkerVocabulary"/>'s phrases, shared with the paste cleaner.
/// </summary>
public static partial class ReadAlsoLines
{
    /// <summary>The folded lead-in phrases, longest first so the longest one that fits is the one matched.</summary>
    public static readonly IReadOnlyList<string> LeadIns = MarkerVocabulary.ReadAlso.Concat(MarkerVocabulary.Tags)
        .Select(MarkerVocabulary.Folded)
        .Distinct(StringComparer.Ordinal)
        .OrderByDescending(p => p.Length)
        .ToArray();

    // Lead-ins that name the site ("More from Reuters:", "More great Wired stories:") are patterns, not phrases; the
    // paste cleaner has no use for them (a pasted article rarely carries a site's own heading).
    [GeneratedRegex(@"^(?:more\s+from\s+[\w ]{1,30}|more\s+great\s+[\w ]{1,30}\s+stories)", RegexOptions.CultureInvariant)]
    private static partial Regex SiteLeadIn();

    /// <summary>
    /// True when a short block is a "read also"/tag line: it starts with a known lead-in and most of the rest is link
    /// text (so a paragraph that merely starts with "Related:" prose is kept).
    /// </summary>
    public static bool IsReadAlso(string blockText, int linkTextLength) =>
        TextAfterLeadIn(blockText) is var rest and >= 0 && (rest == 0 || linkTextLength >= rest * 0.5);

    /// <summary>
    /// How many characters follow a block's "read also"/tag lead-in and its separator, or -1 when the block does not
    /// start with one (then its links need not be counted).
    /// </summary>
    public static int TextAfterLeadIn(string blockText)
    {
        var trimmed = blockText.Trim();
        if (trimmed.Length == 0 || trimmed.Length > 400)
        {
            return -1;
        }

        var text = TextFolding.Fold(trimmed);
        var start = OpeningBracketLength(text);
        var end = LeadInEnd(text, start);
        return end < 0 ? -1 : text.Length - end;
    }

    /// <summary>Where the lead-in and its separator end in the folded text, or -1 when the text has none.</summary>
    private static int LeadInEnd(string text, int start)
    {
        foreach (var phrase in LeadIns)
        {
            if (string.CompareOrdinal(text, start, phrase, 0, phrase.Length) == 0 && SeparatorEnd(text, start + phrase.Length) is var end and >= 0)
            {
                return end;
            }
        }

        var site = SiteLeadIn().Match(text[start..]);
        while (site.Success)
        {
            // The pattern's name part may have swallowed the words before the separator: back off to a separator.
            for (var length = site.Length; length > 0; length--)
            {
                if (SeparatorEnd(text, start + length) is var end and >= 0)
                {
                    return end;
                }
            }

            site = site.NextMatch();
        }

        return -1;
    }

    /// <summary>
    /// After a lead-in: spaces, an optional ellipsis, then a separator (":", "-", "|", "»"…) or the end of the text.
    /// Returns the position after the separator, or -1 when something else follows (the lead-in starts a sentence).
    /// </summary>
    private static int SeparatorEnd(string text, int at)
    {
        var i = SkipSpaces(text, at);
        var dots = 0;
        while (i < text.Length && text[i] == '.')
        {
            dots++;
            i++;
        }

        if (dots == 1)
        {
            return -1;
        }

        i = SkipSpaces(text, i);
        if (i == text.Length)
        {
            return i;
        }

        return text[i] is ':' or '-' or '–' or '—' or '|' or '»' or '>' ? i + 1 : -1;
    }

    private static int OpeningBracketLength(string text)
    {
        var i = SkipSpaces(text, 0);
        if (i < text.Length && text[i] is '[' or '(' or '«')
        {
            i = SkipSpaces(text, i + 1);
        }

        return i;
    }

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }
}
