using Gist.Core.Text;
using System.Text.RegularExpressions;

namespace Gist.Extraction.Extraction;

/// <summary>
/// Recognises a line that is nothing but a date or time stamp ("2018-08-16", "November 20, 2019 - 11:28 AMT",
/// "Published Monday, Nov. 18, 2019", "23 Nov 2017"). Such a line is page metadata (Gist reads the date from the
/// markup), not a sentence of the story. Every word must be a date word and the line must look like a date, so a
/// table row of numbers or a sentence such as "May 2019 was wet" is kept.
/// </summary>
public static partial class DateLine
{
    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        // French, Spanish, Portuguese, Italian, German forms and abbreviations that differ from the English ones.
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
        "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "dezembro",
        "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
        "januar", "februar", "märz", "juni", "juli", "oktober", "dezember",
        "ene", "fev", "fév", "mär", "abr", "ago", "set", "ott", "okt", "dic", "dez", "déc", "gen", "giu", "lug",
        // Arabic: the Egyptian/Gulf names, with and without hamza, and the Levantine/Iraqi ones ("تشرين الثاني" is
        // two words, both listed).
        "يناير", "فبراير", "مارس", "أبريل", "ابريل", "إبريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "أغسطس", "اغسطس",
        "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "اذار", "نيسان", "أيار", "ايار",
        "حزيران", "تموز", "آب", "اب", "أيلول", "ايلول", "تشرين", "الأول", "الاول", "الثاني",
        // Persian (solar hijri) and Russian (genitive, as written in dates) month names.
        "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря",
    };

    private static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
        "الأحد", "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الجمعة", "السبت",
        "شنبه", "یکشنبه", "دوشنبه", "سه", "چهارشنبه", "پنجشنبه", "پنج", "جمعه", // "سه‌شنبه" splits at its ZWNJ
        "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
    };

    // Connecting words, ordinal suffixes, clock words and time-zone abbreviations that appear in date stamps.
    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "published", "updated", "posted", "last", "modified", "on", "at", "of", "the", "st", "nd", "rd", "th",
        "am", "pm", "a", "p", "m", "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest",
        "ist", "amt", "et", "pt", "publicado", "publié", "pubblicato", "veröffentlicht", "aktualisiert", "de", "del", "di", "le", "à", "um",
        "年", "月", "日",
        // Arabic "published / updated / on / at / hour", the a.m./p.m. letters ص and م, and the Hijri/AD markers;
        // Persian "published / date"; Russian "published / updated / year".
        "نشر", "تاريخ", "بتاريخ", "النشر", "آخر", "اخر", "تحديث", "التحديث", "في", "الساعة", "ص", "م", "هـ", "ه", "الموافق",
        "منتشر", "شده", "تاریخ", "انتشار", "ساعت",
        "опубликовано", "обновлено", "в", "г",
    };

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
            var w = word.Value;
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
            if (Months.Contains(words[i].Value)
                && ((i > 0 && char.IsDigit(words[i - 1].Value[0])) || (i + 1 < words.Count && char.IsDigit(words[i + 1].Value[0]))))
            {
                return true;
            }
        }

        return false;
    }
}
