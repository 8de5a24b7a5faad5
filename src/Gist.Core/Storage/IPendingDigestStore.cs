using Gist.Core.Digests;

namespace Gist.Core.Storage;

/// <summary>
/// The durable intent of a scheduled digest (one per subscriber and local date): recorded before sending, advanced
/// after each message, removed by <see cref="ISubscriberStore.RecordSentAsync"/>. A restart resumes from it.
/// </summary>
public interface IPendingDigestStore
{
    /// <summary>The digest of that local date still being delivered, or null.</summary>
    Task<PendingDigest?> GetAsync(long chatId, DateOnly localDate, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the digest down before its first message is sent. When one is already recorded for that date, that
    /// one is kept and returned: the first run's content wins.
    /// </summary>
    Task<PendingDigest> BeginAsync(long chatId, DateOnly localDate, DateTimeOffset through, IReadOnlyList<string> parts, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records that the message at <paramref name="index"/> was accepted by Telegram as <paramref name="messageId"/>.</summary>
    Task MarkPartSentAsync(long chatId, DateOnly localDate, int index, int messageId, DateTimeOffset now, CancellationToken cancellationToken);
}
