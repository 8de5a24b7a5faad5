using System.Buffers;
using System.Text.RegularExpressions;
using Gist.Core.Text;

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

    // Every character NFKC turns into a separator (":", "-", "–", "—", "|", "»", ">"): the separators themselves and
    // their full-width, small and vertical forms (a test checks the list against the normalizer).
    private static readonly SearchValues<char> SeparatorForms =
        SearchValues.Create("-:>|\u00BB\u2013\u2014\u2A74\uFE13\uFE31\uFE32\uFE55\uFE58\uFE63\uFE65\uFF0D\uFF1A\uFF1E\uFF5C");

    private static readonly int LongestPhraseLetters = LeadIns.Max(p => FoldedLetters(p, int.MaxValue));

    // The most letters a site lead-in can have: "more great" + a 30-character name + "stories".
    private const int SiteLeadInLetters = 9 + 30 + 7;

    /// <summary>
    /// A cheap test on the unfolded text: a lead-in line has no more letters before its first separator (or in all,
    /// when it is the lead-in alone) than the longest lead-in. Folding (NFKC) every short block of a page cost more
    /// than the rest of the rule.
    /// </summary>
    public static bool MayBeLeadInLine(string blockText) => MayBeLeadInLine(blockText.AsSpan());

    /// <inheritdoc cref="MayBeLeadInLine(string)"/>
    /// <remarks>False for the start of a text is false for the whole of it: its letters before a separator only grow.</remarks>
    public static bool MayBeLeadInLine(ReadOnlySpan<char> text)
    {
        var separator = text.IndexOfAny(SeparatorForms);
        var letters = FoldedLetters(separator < 0 ? text : text[..separator], SiteLeadInLetters + 1);
        return letters <= LongestPhraseLetters
            || (letters <= SiteLeadInLetters && text.TrimStart(" \t\r\n([«").StartsWith("more", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Letters and digits that folding keeps (Arabic marks and tatweel are letters to .NET and are dropped), counted up to a limit.</summary>
    private static int FoldedLetters(ReadOnlySpan<char> text, int limit)
    {
        var count = 0;
        for (var i = 0; i < text.Length && count < limit; i++)
        {
            count += char.IsLetterOrDigit(text[i]) && !TextFolding.IsArabicMark(text[i]) ? 1 : 0;
        }

        return count;
    }

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
        if (trimmed.Length == 0 || trimmed.Length > 400 || !MayBeLeadInLine(trimmed))
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
