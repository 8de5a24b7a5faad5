using Gist.Digests.Scheduling;

namespace Gist.Digests.Tests;

public sealed class ScheduleTests
{
    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    [Fact]
    public void A_digest_time_skipped_by_spring_forward_in_New_York_comes_when_the_clock_jumps()
    {
        // 2024-03-10: 02:00 EST becomes 03:00 EDT; 02:30 does not exist.
        var (due, date) = DigestSchedule.Next(new TimeOnly(2, 30), Zone("America/New_York"), new DateTimeOffset(2024, 3, 10, 0, 0, 0, TimeSpan.FromHours(-5)));
        Assert.Equal(new DateOnly(2024, 3, 10), date);
        Assert.Equal(new DateTimeOffset(2024, 3, 10, 7, 0, 0, TimeSpan.Zero), due.ToUniversalTime());
    }

    [Fact]
    public void A_digest_time_that_occurs_twice_in_New_York_is_due_once_at_the_first()
    {
        // 2024-11-03: 01:30 happens at 05:30Z (EDT) and again at 06:30Z (EST).
        var zone = Zone("America/New_York");
        var (due, _) = DigestSchedule.Next(new TimeOnly(1, 30), zone, new DateTimeOffset(2024, 11, 3, 4, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2024, 11, 3, 5, 30, 0, TimeSpan.Zero), due.ToUniversalTime());
        var (after, date) = DigestSchedule.Next(new TimeOnly(1, 30), zone, due);
        Assert.Equal(new DateOnly(2024, 11, 4), date);
        Assert.Equal(new DateTimeOffset(2024, 11, 4, 6, 30, 0, TimeSpan.Zero), after.ToUniversalTime());
    }

    [Fact]
    public void Berlin_digests_follow_both_changes_and_keep_eight_oclock_local()
    {
        var zone = Zone("Europe/Berlin");
        var time = new TimeOnly(8, 0);
        Assert.Equal(new DateTimeOffset(2024, 3, 30, 7, 0, 0, TimeSpan.Zero), DigestSchedule.At(new DateOnly(2024, 3, 30), time, zone).ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2024, 3, 31, 6, 0, 0, TimeSpan.Zero), DigestSchedule.At(new DateOnly(2024, 3, 31), time, zone).ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2024, 10, 27, 7, 0, 0, TimeSpan.Zero), DigestSchedule.At(new DateOnly(2024, 10, 27), time, zone).ToUniversalTime());
        // 02:30 on 2024-03-31 does not exist in Berlin; 02:30 on 2024-10-27 occurs twice.
        Assert.Equal(new DateTimeOffset(2024, 3, 31, 1, 0, 0, TimeSpan.Zero), DigestSchedule.At(new DateOnly(2024, 3, 31), new TimeOnly(2, 30), zone).ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2024, 10, 27, 0, 30, 0, TimeSpan.Zero), DigestSchedule.At(new DateOnly(2024, 10, 27), new TimeOnly(2, 30), zone).ToUniversalTime());
    }

    [Fact]
    public void The_next_digest_is_strictly_after_the_one_just_due()
    {
        var zone = Zone("Asia/Riyadh");
        var (first, d1) = DigestSchedule.Next(new TimeOnly(8, 0), zone, new DateTimeOffset(2024, 5, 1, 5, 0, 0, TimeSpan.Zero));
        var (second, d2) = DigestSchedule.Next(new TimeOnly(8, 0), zone, first);
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 5, 0, 0, TimeSpan.Zero), first.ToUniversalTime());
        Assert.Equal(d1.AddDays(1), d2);
        Assert.Equal(TimeSpan.FromDays(1), second - first);
    }

    [Theory]
    [InlineData("Asia/Riyadh", "Asia/Riyadh")]
    [InlineData("riyadh", "Asia/Riyadh")]
    [InlineData("Jeddah", "Asia/Riyadh")]
    [InlineData("new york", "America/New_York")]
    [InlineData("UTC+3", "UTC+03:00")]
    [InlineData("+05:30", "UTC+05:30")]
    [InlineData("GMT-4", "UTC-04:00")]
    public void Zones_resolve_from_names_cities_and_offsets(string input, string expected)
    {
        Assert.True(ZoneResolver.TryResolve(input, out _, out var id));
        Assert.Equal(expected, id);
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("UTC+25")]
    [InlineData("")]
    public void Unknown_zones_are_refused(string input) => Assert.False(ZoneResolver.TryResolve(input, out _, out _));

    [Fact]
    public void A_fixed_offset_zone_computes_due_times()
    {
        var zone = ZoneResolver.Find("UTC+05:30");
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 2, 30, 0, TimeSpan.Zero), DigestSchedule.At(new DateOnly(2024, 1, 1), new TimeOnly(8, 0), zone).ToUniversalTime());
    }
}
