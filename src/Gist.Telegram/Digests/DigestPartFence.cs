using Gist.Core.Storage;

namespace Gist.Telegram.Digests;

/// <summary>
/// The durable marks around the request of one scheduled digest message: begun right before the request (only by the
/// holder of the subscriber's claim), withdrawn when Telegram answered that it did not send it. A mark still begun
/// after its instance died tells the next one that this message may have arrived.
/// </summary>
public sealed class DigestPartFence(IPendingDigestStore pending, TimeProvider time, long chatId, DateOnly localDate, int index, string claimant)
{
    /// <summary>False when the message must not be sent: the claim was lost, or the message is no longer the next one.</summary>
    public Task<bool> BeginAsync(CancellationToken cancellationToken) =>
        pending.BeginPartAsync(chatId, localDate, index, claimant, time.GetUtcNow(), cancellationToken);

    public Task WithdrawAsync(CancellationToken cancellationToken) =>
        pending.WithdrawPartAsync(chatId, localDate, index, time.GetUtcNow(), cancellationToken);
}
