using System.Globalization;

namespace Gist.Extraction.Extraction;

/// <summary>Parses the dates pages publish (ISO 8601 / RFC 3339 mostly, sometimes RFC 1123).</summary>
public static class MetaDates
{
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var s = value.Trim();
        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var date)
            && date.Year is > 1990 and < 2200
            ? date
            : null;
    }
}
