using Gist.Core.Text;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Gist.Input.Cleaning;

internal static partial class DateText
{
    /// <summary>A date written with a month name: the month word, a four-digit year, and the day number nearest the month.</summary>
    private static bool TryReadWordDate(string text, out int year, out int month, out int day)
    {
        year = month = day = 0;
        var cjk = CjkDate().Match(text);
        if (cjk.Success)
        {
            return Assign(cjk, "y", "m", "d", out year, out month, out day);
        }

        var tokens = Token().Matches(text).Select(m => m.Value).ToList();
        var monthAt = -1;
        for (var i = 0; i < tokens.Count && monthAt < 0; i++)
        {
            if (i + 1 < tokens.Count && CalendarWords.Months.TryGetValue(tokens[i] + " " + tokens[i + 1], out month))
            {
                monthAt = i;
            }
            else if (CalendarWords.Months.TryGetValue(tokens[i], out month))
            {
                monthAt = i;
            }
        }

        if (monthAt < 0)
        {
            return false;
        }

        var yearAt = -1;
        var dayAt = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var number = LeadingNumber(tokens[i]);
            if (number is >= 1900 and <= 2100 && tokens[i].Length == 4 && (yearAt < 0 || Distance(i, monthAt) < Distance(yearAt, monthAt)))
            {
                yearAt = i;
                year = number;
            }
            else if (number is >= 1 and <= 31 && (dayAt < 0 || Distance(i, monthAt) < Distance(dayAt, monthAt)))
            {
                dayAt = i;
                day = number;
            }
        }

        return yearAt >= 0 && dayAt >= 0 && Distance(dayAt, monthAt) <= 3 && IsPlausible(year, month, day);
    }

    private static int Distance(int a, int b) => Math.Abs(a - b);

    private static int LeadingNumber(string token)
    {
        var digits = 0;
        while (digits < token.Length && char.IsAsciiDigit(token[digits]))
        {
            digits++;
        }

        return digits is > 0 and <= 4 ? int.Parse(token.AsSpan(0, digits), CultureInfo.InvariantCulture) : -1;
    }

    [GeneratedRegex(@"\p{L}+|\d+(?:st|nd|rd|th|er|e)?", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Token();

    [GeneratedRegex(@"\p{L}+", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex LetterRun();

    [GeneratedRegex(@"^(?:st|nd|rd|th)(?!\p{L})", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex OrdinalSuffix();

    [GeneratedRegex(@"(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日?", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex CjkDate();

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?!\d)|(?<!\d)(?<y>\d{4})[./](?<m>\d{1,2})[./](?<d>\d{1,2})(?!\d)", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<!\d)(?<a>\d{1,2})\s*[./-]\s*(?<b>\d{1,2})\s*[./-]\s*(?<y>\d{4})(?!\d)", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<![\d:])(?<h>\d{1,2}):(?<m>\d{2})(?::(?<s>\d{2}))?(?:\s*(?<ampm>a\.m\.|p\.m\.|am|pm|ص|م|صباحا|مساء)(?!\p{L}))?", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Clock();

    [GeneratedRegex(@"(?:(?<=\d)\s*z(?!\p{L})|(?:gmt|utc)(?:\s*(?<sign>[+-])\s*(?<zh>\d{1,2})(?::?(?<zm>\d{2}))?)?|(?<=\d{1,2}:\d{2}(?::\d{2})?)\s*(?<sign>[+-])(?<zh>\d{2}):?(?<zm>\d{2})(?!\d))", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Zone();
}
