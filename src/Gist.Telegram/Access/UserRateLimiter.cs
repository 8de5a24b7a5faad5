using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Gist.Telegram.Access;

/// <summary>
/// A token bucket per user (System.Threading.RateLimiting): a burst of <see cref="AccessOptions.BurstMessages"/>,
/// refilled at <see cref="AccessOptions.MessagesPerMinute"/>. A user over the limit is told once (<see cref="WarnOnce"/>)
/// until a message of theirs goes through without waiting again, so a flood does not become a flood of replies.
/// </summary>
public sealed class UserRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<long> limiter;
    private readonly ConcurrentDictionary<long, DateTimeOffset> warnedUntil = new();
    private readonly ConcurrentDictionary<long, bool> pacing = new();
    private readonly TimeProvider time;

    public UserRateLimiter(IOptions<AccessOptions> options, TimeProvider time)
    {
        this.time = time;
        var settings = options.Value;
        var period = TimeSpan.FromMinutes(1.0 / settings.MessagesPerMinute);
        limiter = PartitionedRateLimiter.Create<long, long>(user => RateLimitPartition.GetTokenBucketLimiter(user, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = settings.BurstMessages,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Null when the user may go on; else how long until the next message is accepted.</summary>
    public TimeSpan? TryAcquire(long userId)
    {
        using var lease = limiter.AttemptAcquire(userId);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
    }

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

    public void Dispose() => limiter.Dispose();
}
