using System.Diagnostics;
using Gist.Core.Storage;

namespace Gist.Telegram.Processing;

/// <summary>
/// A write that records what already happened at Telegram (a message sent, an update answered) must outlive a
/// database restart or failover: if it were dropped, the update would run again and the user would get the message
/// twice. Such writes are tried again while the database is unavailable, for up to <see cref="RetryFor"/> (the
/// outage the bot is built to ride out is about a minute), then the error goes up.
/// </summary>
public static class StorageOutage
{
    public static readonly TimeSpan RetryFor = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);

    public static async Task RetryAsync(Func<Task> write, CancellationToken cancellationToken)
    {
        TimeSpan delay = FirstDelay;
        long started = Stopwatch.GetTimestamp();
        while (true)
        {
            try
            {
                await write();
                return;
            }
            catch (StorageUnavailableException) when (Stopwatch.GetElapsedTime(started) < RetryFor)
            {
                await Task.Delay(delay, cancellationToken);
                delay = Next(delay);
            }
        }
    }

    /// <summary>Doubles the delay up to five seconds: quick when the blip is short, gentle on a server coming back.</summary>
    public static TimeSpan Next(TimeSpan delay) => delay * 2 < MaxDelay ? delay * 2 : MaxDelay;
}
