using Gist.Core.Digests;

namespace Gist.Core.Storage;

/// <summary>
/// The durable intent of a scheduled digest (one per subscriber and local date): recorded before sending, each
/// message marked as being sent just before its request and as sent after it, removed by
/// <see cref="ISubscriberStore.RecordSentAsync"/>. Whichever instance claims the subscriber next resumes from it.
/// </summary>
/// <remarks>
/// Telegram's sendMessage has no idempotency key, so a message whose request was cut off (its instance died after
/// <see cref="BeginPartAsync"/> and before <see cref="MarkPartSentAsync"/>) may or may not have arrived. Such a
/// message is settled as uncertain (<see cref="SettleUncertainPartAsync"/>) and never sent again: at most once.
/// </remarks>
public interface IPendingDigestStore
{
    /// <summary>The digest of that local date still being delivered, or null.</summary>
    Task<PendingDigest?> GetAsync(long chatId, DateOnly localDate, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the digest down before its first message is sent. When one is already recorded for that date, that
    /// one is kept and returned: the first run's content wins.
    /// </summary>
    Task<PendingDigest> BeginAsync(long chatId, DateOnly localDate, DateTimeOffset through, IReadOnlyList<string> parts, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Records that <paramref name="claimant"/> is about to send the message at <paramref name="index"/>; call it right
    /// before the request. Only when that message is the next one, no send of it is in progress, and the claimant
    /// still holds an unexpired claim on the subscriber (<see cref="ISubscriberStore.ClaimDueAsync"/>); false otherwise,
    /// and the message must not be sent. This is the fence that keeps two instances from sending the same message.
    /// </summary>
    Task<bool> BeginPartAsync(long chatId, DateOnly localDate, int index, string claimant, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Records that the message at <paramref name="index"/> was accepted by Telegram as <paramref name="messageId"/>
    /// and ends its send. False when that message was already settled (e.g. as uncertain by another instance).
    /// </summary>
    Task<bool> MarkPartSentAsync(long chatId, DateOnly localDate, int index, int messageId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Ends the send of the message at <paramref name="index"/> without settling it: Telegram answered that it was not sent.</summary>
    Task WithdrawPartAsync(long chatId, DateOnly localDate, int index, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Settles the message at <paramref name="index"/>, whose send began and never ended, as uncertain: counted as
    /// sent, listed in <see cref="PendingDigest.UncertainParts"/>. False when it is not that message's send in progress.
    /// </summary>
    Task<bool> SettleUncertainPartAsync(long chatId, DateOnly localDate, int index, DateTimeOffset now, CancellationToken cancellationToken);
}
