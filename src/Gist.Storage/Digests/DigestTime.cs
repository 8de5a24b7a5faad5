using System.Globalization;

namespace Gist.Storage.Digests;

/// <summary>Reads the UTC timestamps <see cref="Sqlite.SqliteText.Timestamp"/> writes.</summary>
internal static class DigestTime
{
    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset? ParseNullable(string? text) => text is null ? null : Parse(text);
}
