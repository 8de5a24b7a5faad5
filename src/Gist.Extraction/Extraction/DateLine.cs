using Gist.Core.Text;
using System.Text.RegularExpressions;

namespace Gist.Extraction.Extraction;

/// <summary>
/// Recognises a line that is nothing but a date or time stamp ("2018-08-16", "November 20, 2019 - 11:28 AMT",
/// "Published Monday, Nov. 18, 2019", "23 Nov 2017"). Such a line is page metadata (Gist reads the date from the
/// markup), not a sentence of the story. Every word must be a date word and the line must look like a date, so a
/// table row of numbers or a sentence such as "May 2019 was wet" is kept. The words are
/// <see cref="CalendarVocabulary"/>'s, shared with the paste cleaner.
/// </summary>
public static partial class DateLine
{
    // The words of CalendarVocabulary, folded and split into single words: a line is read word by word, so the
    // two-word names ("تشرين الثاني", "سه‌شنبه" split at its ZWNJ) count by their parts.
    private static readonly HashSet<string> Months = Words(
        CalendarVocabulary.GregorianMonths().Select(m => m.Word).Concat(CalendarVocabulary.SolarHijriMonths));

    private static readonly HashSet<string> Weekdays = Words(CalendarVocabulary.Weekdays);

    private static readonly HashSet<string> Fillers = Words(CalendarVocabulary.DateLineWords);

    [GeneratedRegex(@"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}:\d{2}", RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\p{L}+|\d+", RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Word();

    public static bool IsDateOnly(string line)
    {
        if (line.Length > 80)
        {
            return false;
        }

        foreach (var c in line)
        {
            // ZWNJ (U+200C) belongs inside Persian words such as "سه‌شنبه" (Tuesday).
            if (!char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c) && c is not (',' or '.' or '/' or '-' or ':' or '|' or '·' or '(' or ')' or '–' or '—' or '\u200C'))
            {
                return false;
            }
        }

        var hasDigit = false;
        var hasCalendarWord = false;
        foreach (Match word in Word().Matches(line))
        {
            var w = TextFolding.Fold(word.Value);
            if (w.Length == 0)
            {
                continue;
            }

            if (char.IsDigit(w[0]))
            {
                hasDigit = true;
            }
            else if (Months.Contains(w) || Weekdays.Contains(w))
            {
                hasCalendarWord = true;
            }
            else if (!Fillers.Contains(w))
            {
                return false;
            }
        }

        return hasDigit && (hasCalendarWord || NumericDate().IsMatch(line));
    }

    private static HashSet<string> Words(IEnumerable<string> entries) =>
        new(entries.SelectMany(e => TextFolding.Fold(e).Split(' ', StringSplitOptions.RemoveEmptyEntries)), StringComparer.Ordinal);

    /// <summary>True when <paramref name="line"/> holds a date somewhere: a numeric date or a month name next to a number.</summary>
    public static bool ContainsDate(string line)
    {
        if (NumericDate().IsMatch(line))
        {
            return true;
        }

        var words = Word().Matches(line);
        for (var i = 0; i < words.Count; i++)
        {
            // Folding is the costly part: only a word next to a number is looked up.
            if (((i > 0 && char.IsDigit(words[i - 1].Value[0])) || (i + 1 < words.Count && char.IsDigit(words[i + 1].Value[0])))
                && Months.Contains(TextFolding.Fold(words[i].Value)))
            {
                return true;
            }
        }

        return false;
    }
}
