namespace Gist.Core.Storage;

/// <summary>
/// Each user's message allowance (a token bucket), kept where every instance of the bot sees it: the per-user rate
/// limit holds across instances on PostgreSQL (one process owns it on SQLite).
/// </summary>
public interface IUserRateStore
{
    /// <summary>
    /// Takes one message from the user's allowance, atomically: null when taken, else how long until the next one
    /// is available (nothing taken).
    /// </summary>
    Task<TimeSpan?> TryTakeAsync(long userId, RateAllowance allowance, CancellationToken cancellationToken);
}
