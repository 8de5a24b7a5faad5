using Gist.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Gist.Telegram.Processing;

/// <summary>
/// One warning when the database stops answering and one line when it is back, however many attempts fail in
/// between (a restart is seconds to a minute of them); the delay between attempts grows to five seconds.
/// </summary>
public sealed class OutageLog(ILogger logger)
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(500);
    private DateTimeOffset? since;
    private TimeSpan delay = FirstDelay;

    /// <summary>Notes a failed attempt; returns how long to wait before the next.</summary>
    public TimeSpan Began(StorageUnavailableException exception)
    {
        if (since is null)
        {
            since = DateTimeOffset.UtcNow;
            logger.LogWarning("Storage unavailable; updates wait in the inbox and are taken again when it is back: {Reason}", exception.Message);
            return delay = FirstDelay;
        }

        return delay = StorageOutage.Next(delay);
    }

    public void Ended()
    {
        if (since is { } start)
        {
            logger.LogInformation("Storage available again after {Seconds:F0} s; taking updates from the inbox", (DateTimeOffset.UtcNow - start).TotalSeconds);
            since = null;
            delay = FirstDelay;
        }
    }
}
