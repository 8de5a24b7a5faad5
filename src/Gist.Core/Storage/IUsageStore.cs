namespace Gist.Core.Storage;

/// <summary>Model calls counted per user per day, for daily quotas and /stats.</summary>
public interface IUsageStore
{
    /// <summary>Counts one model call for the user on the day and returns the day's new total.</summary>
    Task<int> IncrementModelCallsAsync(long userId, DateOnly day, CancellationToken cancellationToken);

    /// <summary>The user's model calls on the day (0 when none).</summary>
    Task<int> GetModelCallsAsync(long userId, DateOnly day, CancellationToken cancellationToken);

    /// <summary>Totals for the day and for all time.</summary>
    Task<UsageTotals> GetTotalsAsync(DateOnly day, CancellationToken cancellationToken);

    /// <summary>The users with the most model calls on the day, most first.</summary>
    Task<IReadOnlyList<UserUsage>> GetTopUsersAsync(DateOnly day, int limit, CancellationToken cancellationToken);
}
