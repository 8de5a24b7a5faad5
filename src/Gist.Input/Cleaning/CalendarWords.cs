using Gist.Core.Text;

namespace Gist.Input.Cleaning;

/// <summary>
/// The calendar words of <see cref="CalendarVocabulary"/>, folded (see <see cref="Folding"/>) for reading dates in
/// pasted text. Solar Hijri month names count as date-line words but have no month number: no date is read from them.
/// </summary>
internal static class CalendarWords
{
    /// <summary>Folded Gregorian month name → month number (1–12). Two-word Levantine names are keyed with a space.</summary>
    public static readonly Dictionary<string, int> Months = BuildMonths();

    public static readonly HashSet<string> Weekdays = new(CalendarVocabulary.Weekdays.Select(Folding.Fold), StringComparer.Ordinal);

    /// <summary>Words that may sit on a date line without making it prose ("آخر تحديث", "GMT", "at", "г."), and Solar Hijri months.</summary>
    public static readonly HashSet<string> DateLineWords = new(
        CalendarVocabulary.DateLineWords.Concat(CalendarVocabulary.SolarHijriMonths).Select(Folding.Fold),
        StringComparer.Ordinal);

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, month) in CalendarVocabulary.GregorianMonths())
        {
            months.TryAdd(Folding.Fold(word), month);
        }

        return months;
    }
}
