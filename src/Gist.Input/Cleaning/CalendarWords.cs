namespace Gist.Input.Cleaning;

/// <summary>Gregorian month and weekday names in the languages Gist reads, folded (see <see cref="Folding"/>).</summary>
internal static class CalendarWords
{
    /// <summary>Folded month name → month number (1–12). Two-word Levantine names are keyed with a space.</summary>
    public static readonly Dictionary<string, int> Months = Build();

    public static readonly HashSet<string> Weekdays = new(
        new[]
        {
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد",
            "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
            "دوشنبه", "سه‌شنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "پنج‌شنبه", "جمعه", "شنبه", "یکشنبه",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        }.Select(Folding.Fold),
        StringComparer.Ordinal);

    /// <summary>Words that may sit on a date line without making it prose ("آخر تحديث", "GMT", "at", "г.").</summary>
    public static readonly HashSet<string> DateLineWords = new(
        new[]
        {
            "آخر", "تحديث", "تاريخ", "النشر", "نشر", "في", "بتاريخ", "الساعة", "ساعة", "ص", "م", "مساء", "صباحا",
            "published", "updated", "posted", "on", "at", "last", "am", "pm", "a", "p", "gmt", "utc", "est", "edt", "cet", "cest",
            "st", "nd", "rd", "th", "of", "г", "года", "в", "опубликовано", "обновлено", "le", "à", "el", "de", "am", "um", "uhr",
        }.Select(Folding.Fold),
        StringComparer.Ordinal);

    private static Dictionary<string, int> Build()
    {
        var names = new[]
        {
            // English, full and abbreviated.
            "january february march april may june july august september october november december",
            "jan feb mar apr may jun jul aug sep oct nov dec",
            "jan feb mar apr may jun jul aug sept oct nov dec",
            // Arabic: Egyptian/Gulf transliterations, their common variants, and Maghreb names.
            "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
            "يناير فبراير مارس إبريل مايو يونيه يوليه اغسطس سبتمبر اكتوبر نوفمبر ديسمبر",
            "جانفي فيفري مارس أفريل ماي جوان جويلية أوت شتنبر أكتوبر نونبر دجنبر",
            // Levantine/Iraqi (Syriac) names.
            "كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني كانون_الأول",
            // Russian, genitive and nominative.
            "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
            "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
            // Persian transliterations of the Gregorian months (the Solar Hijri calendar is not read).
            "ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر",
            "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
            "januar februar märz april mai juni juli august september oktober november dezember",
            "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
            "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
        };
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in names)
        {
            var words = row.Split(' ');
            for (var i = 0; i < words.Length; i++)
            {
                months.TryAdd(Folding.Fold(words[i].Replace('_', ' ')), i + 1);
            }
        }

        return months;
    }
}
