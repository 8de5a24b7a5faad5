using System.Globalization;
using System.Text.RegularExpressions;
using Gist.Core.Digests;
using Gist.IntegrationTests.Support;
using Gist.Testing.BotApi;
using Microsoft.Extensions.Time.Testing;
using Gist.Core.Storage;

namespace Gist.IntegrationTests.Digests;

/// <summary>
/// The scheduler on a fake clock: time moves in ten-minute ticks across weeks and a daylight-saving change in two
/// zones; the process is restarted on the same SQLite file part-way. Every (subscriber, local date) gets exactly
/// one digest, at the subscriber's local time.
/// </summary>
public sealed partial class SchedulerRestartTests : IDisposable
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(10);
    private readonly TempDataFolder data = new("gist-sched-");

    private string Folder => data.Path;

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task Each_subscriber_gets_one_digest_per_local_date_across_spring_forward_in_two_zones_and_a_restart()
    {
        var start = new DateTimeOffset(2024, 3, 8, 0, 0, 0, TimeSpan.Zero);
        var end = new DateTimeOffset(2024, 4, 1, 12, 0, 0, TimeSpan.Zero);
        var restartAt = new DateTimeOffset(2024, 3, 20, 0, 0, 0, TimeSpan.Zero);
        var time = new FakeTimeProvider(start);
        await using var telegram = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { TimeProvider = time });
        const long newYork = 501, berlin = 502;

        var host = await DigestHost.CreateAsync(telegram, Folder, time);
        var feed = await host.Get<IFeedStore>().GetOrAddAsync("https://wire.example/rss", "Wire", null, start, default);
        // 02:30 does not exist on 10 March in New York nor on 31 March in Berlin: those digests come at 03:00.
        await host.SubscribeAsync(newYork, feed.Id, new TimeOnly(2, 30), "America/New_York", time);
        await host.SubscribeAsync(berlin, feed.Id, new TimeOnly(2, 30), "Europe/Berlin", time);
        var day = 0;
        await host.Get<IFeedStore>().AddItemsAsync(feed.Id, [NewsItems.Unrelated(day++, start)], start, default);
        try
        {
            while (time.GetUtcNow() < end)
            {
                time.Advance(Step);
                var now = time.GetUtcNow();
                if (now == restartAt)
                {
                    host.Dispose();
                    host = await DigestHost.CreateAsync(telegram, Folder, time);
                }

                if (now.TimeOfDay == TimeSpan.FromHours(12))
                {
                    await host.Get<IFeedStore>().AddItemsAsync(feed.Id, [NewsItems.Unrelated(day++, now)], now, default);
                }

                await host.Scheduler.TickAsync(default);
            }
        }
        finally
        {
            host.Dispose();
        }

        AssertOneDigestPerLocalDate(telegram.State.Messages(newYork), "America/New_York", new DateOnly(2024, 3, 10));
        AssertOneDigestPerLocalDate(telegram.State.Messages(berlin), "Europe/Berlin", new DateOnly(2024, 3, 31));
    }

    private static void AssertOneDigestPerLocalDate(IReadOnlyList<FakeBotMessage> messages, string zoneId, DateOnly springForward)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var dates = messages.Select(m => LocalDateOf(m.Text)).ToList();
        var expected = Enumerable.Range(0, 25).Select(i => new DateOnly(2024, 3, 8).AddDays(i)).ToList();
        Assert.Equal(expected, dates);
        foreach (var message in messages)
        {
            var local = TimeZoneInfo.ConvertTime(message.Date, zone);
            var date = DateOnly.FromDateTime(local.DateTime);
            Assert.Equal(LocalDateOf(message.Text), date);
            Assert.Equal(date == springForward ? new TimeOnly(3, 0) : new TimeOnly(2, 30), TimeOnly.FromDateTime(local.DateTime));
        }
    }

    private static DateOnly LocalDateOf(string digest) =>
        DateOnly.ParseExact(Header().Match(digest).Groups[1].Value, "dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    [GeneratedRegex("Your digest · ([^\n]+)")]
    private static partial Regex Header();
}
