using System.Collections.Concurrent;
using Gist.Core.Storage;
using Microsoft.Extensions.Options;

namespace Gist.Telegram.Access;

/// <summary>
/// A token bucket per user, kept in storage (<see cref="IUserRateStore"/>) so it holds across instances on PostgreSQL:
/// a burst of <see cref="AccessOptions.BurstMessages"/>, refilled at <see cref="AccessOptions.MessagesPerMinute"/>.
/// A user over the limit is told once (<see cref="WarnOnce"/>) until a message of theirs goes through without waiting
/// again, so a flood does not become a flood of replies (told once per instance that sees the flood).
/// </summary>
public sealed class UserRateLimiter
{
    private readonly IUserRateStore store;
    private readonly RateAllowance allowance;
    private readonly ConcurrentDictionary<long, DateTimeOffset> warnedUntil = new();
    private readonly ConcurrentDictionary<long, bool> pacing = new();
    private readonly TimeProvider time;

    public UserRateLimiter(IOptions<AccessOptions> options, IUserRateStore store, TimeProvider time)
    {
        this.store = store;
        this.time = time;
        var settings = options.Value;
        allowance = new RateAllowance(settings.BurstMessages, TimeSpan.FromMinutes(1.0 / settings.MessagesPerMinute));
    }

    /// <summary>Null when the user may go on; else how long until the next message is accepted.</summary>
    public Task<TimeSpan?> TryAcquireAsync(long userId, CancellationToken cancellationToken) =>
        store.TryTakeAsync(userId, allowance, cancellationToken);

    /// <summary>True the first time a limited user should be told, false while that warning still stands.</summary>
    public bool ShouldWarn(long userId, TimeSpan retryAfter)
    {
        var now = time.GetUtcNow();
        var until = warnedUntil.GetOrAdd(userId, DateTimeOffset.MinValue);
        if (until > now)
        {
            return false;
        }

        warnedUntil[userId] = now + retryAfter;
        return true;
    }

    /// <summary>True the first time a user is held back by the limit; false until <see cref="Forgive"/> is called.</summary>
    public bool WarnOnce(long userId) => pacing.TryAdd(userId, true);

    /// <summary>The user's message went through without waiting: the next time they are held back, they are told again.</summary>
    public void Forgive(long userId) => pacing.TryRemove(userId, out _);
}
