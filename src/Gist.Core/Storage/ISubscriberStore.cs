using Gist.Core.Digests;

namespace Gist.Core.Storage;

/// <summary>Digest settings per chat, the due-time claim of the scheduler, and the record of digests sent.</summary>
public interface ISubscriberStore
{
    Task<Subscriber?> GetAsync(long chatId, CancellationToken cancellationToken);

    Task SaveAsync(Subscriber subscriber, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="max"/> active subscribers due at <paramref name="now"/> and not claimed by another
    /// tick, for <paramref name="claimant"/> until <paramref name="leaseUntil"/>, so a crashed run is picked up again
    /// after the lease.
    /// </summary>
    Task<IReadOnlyList<Subscriber>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int max, string claimant, CancellationToken cancellationToken);

    /// <summary>
    /// Extends to <paramref name="leaseUntil"/> the claims <paramref name="claimant"/> still holds on these subscribers
    /// (a delivery slower than the lease keeps its subscriber); returns the chats whose claim was extended. A claim
    /// already released, or taken by another claimant after it expired, is left alone.
    /// </summary>
    Task<IReadOnlyList<long>> RenewClaimsAsync(string claimant, IReadOnlyCollection<long> chatIds, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>True when a digest for this local date was already recorded as sent.</summary>
    Task<bool> WasSentAsync(long chatId, DateOnly localDate, CancellationToken cancellationToken);

    /// <summary>The record of the digest sent for this local date, or null.</summary>
    Task<SentDigest?> GetSentAsync(long chatId, DateOnly localDate, CancellationToken cancellationToken);

    /// <summary>
    /// Records the digest of a local date as sent (with how many messages of its delivery were uncertain), moves the
    /// subscriber's window to <paramref name="through"/> and its next due time to <paramref name="nextDigestAt"/>, and
    /// releases the claim — in one transaction.
    /// </summary>
    Task RecordSentAsync(long chatId, DateOnly localDate, DateTimeOffset through, int messages, DateTimeOffset nextDigestAt, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Moves the next due time without recording a digest (e.g. one already sent for that date) and releases the claim.</summary>
    Task RescheduleAsync(long chatId, DateTimeOffset nextDigestAt, CancellationToken cancellationToken);

    /// <summary>Stops delivery for good (the chat blocked the bot) until the user comes back.</summary>
    Task PauseAsync(long chatId, string reason, CancellationToken cancellationToken);

    /// <summary>Articles the chat sent to the bot in [since, until), newest last.</summary>
    Task<IReadOnlyList<ReadingEntry>> GetReadingAsync(long chatId, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);
}
