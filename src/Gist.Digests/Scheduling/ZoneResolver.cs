using Gist.Core.Text;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Gist.Digests.Scheduling;

/// <summary>
/// What a user types for /timezone → a time zone: an IANA id ("Asia/Riyadh"), a Windows id, a city ("Riyadh",
/// "new york", "Jeddah"), or a fixed UTC offset ("UTC+3", "+05:30", "GMT-4"). Fixed offsets are stored as
/// "UTC+03:00" and have no daylight saving time.
/// </summary>
public static partial class ZoneResolver
{
    private static readonly Dictionary<string, string> Cities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jeddah"] = "Asia/Riyadh", ["mecca"] = "Asia/Riyadh", ["makkah"] = "Asia/Riyadh", ["medina"] = "Asia/Riyadh",
        ["washington"] = "America/New_York", ["boston"] = "America/New_York", ["miami"] = "America/New_York",
        ["san francisco"] = "America/Los_Angeles", ["seattle"] = "America/Los_Angeles", ["abu dhabi"] = "Asia/Dubai",
        ["beijing"] = "Asia/Shanghai", ["hong kong"] = "Asia/Hong_Kong", ["delhi"] = "Asia/Kolkata", ["new delhi"] = "Asia/Kolkata",
        ["mumbai"] = "Asia/Kolkata", ["kyiv"] = "Europe/Kyiv", ["kiev"] = "Europe/Kyiv", ["saint petersburg"] = "Europe/Moscow",
        ["st petersburg"] = "Europe/Moscow", ["doha"] = "Asia/Qatar", ["sanaa"] = "Asia/Aden", ["rabat"] = "Africa/Casablanca",
        ["gaza"] = "Asia/Gaza", ["ramallah"] = "Asia/Hebron", ["tel aviv"] = "Asia/Jerusalem", ["ankara"] = "Europe/Istanbul",
        ["montreal"] = "America/Toronto", ["sydney"] = "Australia/Sydney", ["pyongyang"] = "Asia/Pyongyang", ["seoul"] = "Asia/Seoul",
    };

    public static bool TryResolve(string input, out TimeZoneInfo zone, out string id)
    {
        zone = TimeZoneInfo.Utc;
        id = "UTC";
        var text = (input ?? "").Trim();
        if (text.Length == 0 || text.Length > 64)
        {
            return false;
        }

        if (TryOffset(text, out var offset))
        {
            id = OffsetId(offset);
            zone = Fixed(id, offset);
            return true;
        }

        var candidate = Cities.TryGetValue(text, out var city) ? city : text.Replace(' ', '_');
        if (TryFind(candidate, out zone))
        {
            id = zone.HasIanaId || !TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? zone.Id : iana;
            return true;
        }

        var byCity = TimeZoneInfo.GetSystemTimeZones()
            .FirstOrDefault(z => z.Id.Contains('/', StringComparison.Ordinal) && string.Equals(z.Id[(z.Id.LastIndexOf('/') + 1)..], candidate, StringComparison.OrdinalIgnoreCase));
        if (byCity is not null)
        {
            zone = byCity;
            id = byCity.Id;
            return true;
        }

        return false;
    }

    /// <summary>The zone of a stored id; UTC when the id is no longer known (a tzdata change), never an exception.</summary>
    public static TimeZoneInfo Find(string id) => TryResolve(id, out var zone, out _) ? zone : TimeZoneInfo.Utc;

    private static bool TryFind(string id, out TimeZoneInfo zone)
    {
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException or System.Security.SecurityException or IOException or UnauthorizedAccessException)
        {
            zone = TimeZoneInfo.Utc;
            return false;
        }
    }

    private static bool TryOffset(string text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        var match = OffsetPattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var hours = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (hours > 14 || minutes >= 60)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        offset = match.Groups["sign"].Value == "-" ? -offset : offset;
        return offset <= TimeSpan.FromHours(14) && offset >= TimeSpan.FromHours(-12);
    }

    private static string OffsetId(TimeSpan offset) =>
        "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    private static TimeZoneInfo Fixed(string id, TimeSpan offset) =>
        offset == TimeSpan.Zero ? TimeZoneInfo.Utc : TimeZoneInfo.CreateCustomTimeZone(id, offset, id, id);

    [GeneratedRegex(@"^(?:(?:UTC|GMT)\s*)?(?<sign>[+-])(?<h>\d{1,2})(?::?(?<m>\d{2}))?$", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex OffsetPattern();
}
