namespace Gist.Core.Text;

/// <summary>
/// Month and weekday names and the filler words of printed date stamps, in the languages Gist reads, as data: the
/// paste cleaner reads dates with them and the extractor recognises date-only lines with them. Words are written as
/// sites print them; both sides compare folded forms (<see cref="TextFolding"/>), so hamza, alef and ya variants and
/// case need no entries of their own.
/// </summary>
public static class CalendarVocabulary
{
    /// <summary>
    /// Gregorian month names, one row of twelve per language or variant (January first); "_" joins a two-word name
    /// ("كانون_الثاني"), "-" marks a month a row has no separate form for. A word in several rows keeps its first month.
    /// </summary>
    public static readonly IReadOnlyList<string> GregorianMonthRows =
    [
        // English, full and abbreviated.
        "january february march april may june july august september october november december",
        "jan feb mar apr may jun jul aug sep oct nov dec",
        "- - - - - - - - sept - - -",
        // Arabic: Egyptian/Gulf transliterations, their common variants, and Maghreb names.
        "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
        "- - - إبريل - يونيه يوليه - - - - -",
        "جانفي فيفري مارس أفريل ماي جوان جويلية أوت شتنبر أكتوبر نونبر دجنبر",
        // Levantine/Iraqi (Syriac) names.
        "كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني كانون_الأول",
        // Russian, genitive (as written in dates) and nominative.
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
        "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
        // Persian transliterations of the Gregorian months.
        "ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر",
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "- fév - - - - - - - - - déc",
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "ene - - abr - - - ago - - - dic",
        "januar februar märz april mai juni juli august september oktober november dezember",
        "- - mär - - - - - - okt - dez",
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
        "- fev - - - - - - set - - -",
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
        "gen - - - - giu lug - - ott - -",
        "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    ];

    /// <summary>
    /// Persian Solar Hijri month names (Farvardin first). They mark a date line as a date, but no Gregorian date is
    /// read from them: converting calendars is not done, so such a date is never turned into a publication date.
    /// </summary>
    public static readonly IReadOnlyList<string> SolarHijriMonths =
    [
        "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
    ];

    public static readonly IReadOnlyList<string> Weekdays =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد",
        "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
        "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "پنج‌شنبه", "جمعه", "شنبه", "یکشنبه",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    ];

    /// <summary>
    /// Words that sit on a date line without making it prose: "published / updated / on / at", clock words and the
    /// a.m./p.m. letters, ordinal suffixes, time-zone abbreviations, the Hijri/AD markers, "year".
    /// </summary>
    public static readonly IReadOnlyList<string> DateLineWords =
    [
        "published", "updated", "posted", "last", "modified", "on", "at", "of", "the", "st", "nd", "rd", "th",
        "am", "pm", "a", "p", "m", "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest",
        "ist", "amt", "et", "pt",
        "publicado", "publié", "pubblicato", "veröffentlicht", "aktualisiert", "de", "del", "di", "le", "à", "el", "um", "uhr",
        "年", "月", "日",
        "نشر", "تاريخ", "بتاريخ", "النشر", "آخر", "تحديث", "التحديث", "في", "الساعة", "ساعة", "ص", "م", "مساء", "صباحا",
        "هـ", "ه", "الموافق",
        "منتشر", "شده", "تاریخ", "انتشار", "ساعت",
        "опубликовано", "обновлено", "в", "г", "года",
    ];

    /// <summary>Every Gregorian month word (two-word names with a space) with its month number, 1–12.</summary>
    public static IEnumerable<(string Word, int Month)> GregorianMonths()
    {
        foreach (var row in GregorianMonthRows)
        {
            var words = row.Split(' ');
            for (var i = 0; i < words.Length; i++)
            {
                if (words[i] != "-")
                {
                    yield return (words[i].Replace('_', ' '), i + 1);
                }
            }
        }
    }
}
