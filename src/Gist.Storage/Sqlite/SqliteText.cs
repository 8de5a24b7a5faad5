using System.Globalization;

namespace Gist.Storage.Sqlite;

/// <summary>
/// How times are written: ISO 8601 text. Timestamps are UTC with a fixed width, so text order is time order
/// and comparisons in SQL (pruning) are correct; article dates keep their original offset.
/// </summary>
internal static class SqliteText
{
    private const string UtcFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString(UtcFormat, CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ParseDay(string text) =>
        DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Round-trip ("O") format with the original offset, e.g. 2023-11-09T10:00:00.0000000+03:00.</summary>
    public static string? DateWithOffset(DateTimeOffset? time) =>
        time?.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset? ParseDateWithOffset(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out DateTimeOffset value)
            ? value
            : null;
}
