using System.Collections.Concurrent;
using Gist.Core.Storage;

namespace Gist.Storage;

/// <summary>
/// The per-user allowance on SQLite: one process owns the file, so the buckets live in memory (a restart gives
/// everyone a full burst, as it always did), timed on the process's clock.
/// </summary>
public sealed class SqliteUserRateStore(SqliteDatabase database, TimeProvider time) : IUserRateStore
{
    // Per file and static: two sets of stores opened on one file in one process (as the contract tests do) share them.
    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<long, Bucket>> ByFile = new(StringComparer.Ordinal);

    public Task<TimeSpan?> TryTakeAsync(long userId, RateAllowance allowance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(allowance);
        DateTimeOffset now = time.GetUtcNow();
        Bucket bucket = ByFile.GetOrAdd(database.FilePath, _ => new()).GetOrAdd(userId, _ => new Bucket(allowance.Burst, now));
        lock (bucket)
        {
            double available = Math.Min(allowance.Burst, bucket.Tokens + (now - bucket.CountedAt) / allowance.Refill);
            bucket.CountedAt = now;
            bucket.Tokens = available;
            if (available >= 1)
            {
                bucket.Tokens--;
                return Task.FromResult<TimeSpan?>(null);
            }

            return Task.FromResult<TimeSpan?>(TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling((1 - available) * allowance.Refill.TotalSeconds))));
        }
    }

    private sealed class Bucket(double tokens, DateTimeOffset countedAt)
    {
        public double Tokens { get; set; } = tokens;

        public DateTimeOffset CountedAt { get; set; } = countedAt;
    }
}
