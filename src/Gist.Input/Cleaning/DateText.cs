using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Gist.Input.Cleaning;

/// <summary>
/// Reads the dates news pages print: "9th, November 2023 GMT", "نوفمبر 9, 2023", "14-9-2023 | 09:56",
/// "2023-11-09T10:15:00+03:00", "9 ноября 2023 г.", "2023年11月9日". Numeric dates are day-first unless that
/// is impossible. Without a zone on the line the time is taken as UTC.
/// </summary>
internal static partial class DateText
{
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        var prepared = Prepare(text);
        var time = ReadTime(prepared, out var offset);
        if (!TryReadDate(prepared, out var year, out var month, out var day))
        {
            return false;
        }

        try
        {
            value = new DateTimeOffset(year, month, day, time.Hours, time.Minutes, time.Seconds, offset);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>A short line that is a date and little else ("الخميس 23 مايو 2024", "عرب وعالم14-9-2023 | 09:56").</summary>
    public static bool IsMostlyDate(string line)
    {
        if (line.Length > 80 || !TryParse(line, out _))
        {
            return false;
        }

        var otherLetters = 0;
        foreach (Match word in LetterRun().Matches(Prepare(line)))
        {
            var token = word.Value;
            if (!CalendarWords.Months.ContainsKey(token) && !CalendarWords.Weekdays.Contains(token)
                && !CalendarWords.DateLineWords.Contains(token) && !IsTwoWordMonthPart(token))
            {
                otherLetters += token.Length;
            }
        }

        return otherLetters <= 12;
    }

    /// <summary>Folded, ASCII digits, and a space wherever letters touch digits ("وعالم14" → "وعالم 14").</summary>
    private static string Prepare(string text)
    {
        var folded = Folding.Fold(text);
        var builder = new StringBuilder(folded.Length + 8);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            var mapped = char.IsDigit(c) && digit >= 0 ? (char)('0' + digit) : c;
            if (builder.Length > 0 && (char.IsDigit(mapped) && char.IsLetter(builder[^1]) || char.IsLetter(mapped) && char.IsDigit(builder[^1])))
            {
                // Keep ordinal suffixes and CJK markers attached: "9th", "2023年".
                if (!(char.IsDigit(builder[^1]) && IsOrdinalOrCjk(folded, i)))
                {
                    builder.Append(' ');
                }
            }

            builder.Append(mapped);
        }

        return builder.ToString();
    }

    private static bool IsOrdinalOrCjk(string text, int i) =>
        text[i] is '年' or '月' or '日' || OrdinalSuffix().IsMatch(text.AsSpan(i, Math.Min(3, text.Length - i)).ToString());

    private static bool IsTwoWordMonthPart(string token) => token is "كانون" or "تشرين" or "الاول" or "الثاني";

    private static TimeSpan ReadTime(string text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        var zone = Zone().Match(text);
        if (zone.Success && zone.Groups["sign"].Success)
        {
            var hours = int.Parse(zone.Groups["zh"].Value, CultureInfo.InvariantCulture);
            var minutes = zone.Groups["zm"].Success ? int.Parse(zone.Groups["zm"].Value, CultureInfo.InvariantCulture) : 0;
            if (hours <= 14 && minutes < 60)
            {
                offset = new TimeSpan(hours, minutes, 0) * (zone.Groups["sign"].Value == "-" ? -1 : 1);
            }
        }

        var time = Clock().Match(text);
        if (!time.Success)
        {
            return TimeSpan.Zero;
        }

        var hour = int.Parse(time.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(time.Groups["m"].Value, CultureInfo.InvariantCulture);
        var second = time.Groups["s"].Success ? int.Parse(time.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        var meridiem = time.Groups["ampm"].Value;
        if (meridiem is "pm" or "p.m." or "م" or "مساء" && hour < 12)
        {
            hour += 12;
        }
        else if (meridiem is "am" or "a.m." or "ص" or "صباحا" && hour == 12)
        {
            hour = 0;
        }

        return hour < 24 && minute < 60 && second < 60 ? new TimeSpan(hour, minute, second) : TimeSpan.Zero;
    }

    private static bool TryReadDate(string text, out int year, out int month, out int day)
    {
        year = month = day = 0;
        var iso = IsoDate().Match(text);
        if (iso.Success)
        {
            return Assign(iso, "y", "m", "d", out year, out month, out day);
        }

        var numeric = NumericDate().Match(text);
        if (numeric.Success && Assign(numeric, "y", "b", "a", out year, out month, out day))
        {
            return true;
        }

        if (numeric.Success && Assign(numeric, "y", "a", "b", out year, out month, out day))
        {
            // Day-first was impossible (month > 12), so this is month-first: "11/29/2023".
            return true;
        }

        return TryReadWordDate(text, out year, out month, out day);
    }

    private static bool Assign(Match match, string y, string m, string d, out int year, out int month, out int day)
    {
        year = int.Parse(match.Groups[y].Value, CultureInfo.InvariantCulture);
        month = int.Parse(match.Groups[m].Value, CultureInfo.InvariantCulture);
        day = int.Parse(match.Groups[d].Value, CultureInfo.InvariantCulture);
        return IsPlausible(year, month, day);
    }

    private static bool IsPlausible(int year, int month, int day) =>
        year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
