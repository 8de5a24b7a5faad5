namespace Gist.Digests.Scheduling;

/// <summary>
/// When a digest is due: the subscriber's local time of day in their zone, as an instant. Across daylight-saving
/// changes: a local time that does not exist (the clocks jump over it) is due at the first valid minute after the
/// jump; a local time that occurs twice (the clocks fall back) is due at its first occurrence only.
/// </summary>
public static class DigestSchedule
{
    /// <summary>The first due instant strictly after <paramref name="after"/>, with its local date.</summary>
    public static (DateTimeOffset Due, DateOnly LocalDate) Next(TimeOnly localTime, TimeZoneInfo zone, DateTimeOffset after)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(after, zone).DateTime);
        for (var day = today.AddDays(-1); ; day = day.AddDays(1))
        {
            var due = At(day, localTime, zone);
            if (due > after)
            {
                return (due, day);
            }
        }
    }

    /// <summary>The instant of a local date and time in the zone.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly localTime, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(localTime, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            // Skipped by a spring-forward gap: the first minute that exists after it.
            var probe = local;
            while (zone.IsInvalidTime(probe))
            {
                probe = probe.AddMinutes(1);
            }

            return new DateTimeOffset(probe, zone.GetUtcOffset(probe));
        }

        if (zone.IsAmbiguousTime(local))
        {
            // Occurs twice: the earlier instant is the one with the larger offset (still on daylight time).
            var offset = zone.GetAmbiguousTimeOffsets(local).Max();
            return new DateTimeOffset(local, offset);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>The local date of an instant in the zone.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
