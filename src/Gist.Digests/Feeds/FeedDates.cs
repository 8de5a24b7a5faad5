using Gist.Core.Text;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Gist.Digests.Feeds;

/// <summary>
/// Dates as feeds write them: RFC 822/1123 in RSS (RFC 822 §5, with zone names such as GMT, EST, or +0300) and
/// RFC 3339 in Atom and JSON Feed. Real feeds stray from both, so a date that cannot be read is null, never an error.
/// </summary>
public static partial class FeedDates
{
    private static readonly Dictionary<string, string> ZoneNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = "+0000", ["UTC"] = "+0000", ["GMT"] = "+0000", ["Z"] = "+0000",
        ["EST"] = "-0500", ["EDT"] = "-0400", ["CST"] = "-0600", ["CDT"] = "-0500",
        ["MST"] = "-0700", ["MDT"] = "-0600", ["PST"] = "-0800", ["PDT"] = "-0700",
    };

    private static readonly string[] Rfc822Formats =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm zzz",
        "ddd, d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm:ss zzz",
    ];

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = WhiteSpace().Replace(text.Trim(), " ");
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso) && value.Contains('-', StringComparison.Ordinal) && value.Contains('T', StringComparison.Ordinal))
        {
            return iso;
        }

        var zone = TrailingZone().Match(value);
        if (zone.Success)
        {
            var offset = ZoneNames.TryGetValue(zone.Groups[1].Value, out var named) ? named : zone.Groups[1].Value;
            if (offset.Length == 5 && offset[0] is '+' or '-')
            {
                value = value[..zone.Index] + " " + offset[..3] + ":" + offset[3..];
            }
        }

        if (DateTimeOffset.TryParseExact(value, Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var rfc))
        {
            return rfc;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var loose) ? loose : null;
    }

    [GeneratedRegex(@"\s+", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"\s([A-Za-z]{1,3}|[+-]\d{4})$", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex TrailingZone();
}
