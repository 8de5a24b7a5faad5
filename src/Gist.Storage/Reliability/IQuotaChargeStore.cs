namespace Gist.Storage.Reliability;

/// <summary>
/// Charges a model-costing update to its user's daily quota once per update_id: an update retried after a
/// transient error or a crash is not charged again.
/// </summary>
public interface IQuotaChargeStore
{
    /// <summary>
    /// Counts one model call for the user on the day, within <paramref name="dailyLimit"/>, unless the update was
    /// already charged. Returns whether the update may go ahead (charged now, or earlier).
    /// </summary>
    Task<bool> TryChargeAsync(long updateId, long userId, DateOnly day, int dailyLimit, CancellationToken cancellationToken);
}
