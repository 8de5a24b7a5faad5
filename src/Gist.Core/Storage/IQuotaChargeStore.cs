namespace Gist.Core.Storage;

/// <summary>
/// Charges an update that used the model to its user's daily quota, once per update_id: an update retried after a
/// transient error or a crash is not charged again. The day's count is the usage table's (IUsageStore, /stats).
/// </summary>
public interface IQuotaChargeStore
{
    /// <summary>
    /// Whether the update may go ahead under <paramref name="dailyLimit"/>: the user has used fewer than the limit on
    /// the day, or this update was charged already (a retry of work that is paid for is never refused).
    /// </summary>
    Task<bool> HasRoomAsync(long updateId, long userId, DateOnly day, int dailyLimit, CancellationToken cancellationToken);

    /// <summary>
    /// Counts one model call for the user on the day unless the update was charged already; returns whether it was
    /// counted now. No limit applies here: the model was already called, and the count says so honestly.
    /// </summary>
    Task<bool> ChargeAsync(long updateId, long userId, DateOnly day, CancellationToken cancellationToken);
}
