using Gist.Core.Storage;

namespace Gist.Storage.Postgres;

/// <summary>
/// The per-user allowance in PostgreSQL: one upsert refills the bucket for the time passed (on the database's clock,
/// the same for every instance) and takes a token only when one is there, under the row's lock; instances racing for
/// a user's last token get it once.
/// </summary>
public sealed class PostgresUserRateStore(PostgresDatabase database) : IUserRateStore
{
    // now() is the statement's transaction start: one instant for the whole statement.
    private const string Available = "LEAST(@burst, user_rate.tokens + EXTRACT(EPOCH FROM now() - user_rate.counted_at) / @refill)";

    private const string Take = $"""
        INSERT INTO user_rate (user_id, tokens, counted_at) VALUES (@user, @burst - 1, now())
        ON CONFLICT (user_id) DO UPDATE SET tokens = {Available} - 1, counted_at = now()
        WHERE {Available} >= 1
        RETURNING tokens;
        """;

    private const string Wait = $"SELECT GREATEST(0, 1 - {Available}) * @refill FROM user_rate WHERE user_id = @user;";

    public async Task<TimeSpan?> TryTakeAsync(long userId, RateAllowance allowance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(allowance);
        double refill = allowance.Refill.TotalSeconds;
        object? taken = await database.WriteAsync(connection => connection.Sql(Take)
            .With("user", userId).With("burst", (double)allowance.Burst).With("refill", refill).ScalarAsync(cancellationToken), cancellationToken);
        if (taken is not null)
        {
            return null;
        }

        object? seconds = await database.ReadAsync(connection => connection.Sql(Wait)
            .With("user", userId).With("burst", (double)allowance.Burst).With("refill", refill).ScalarAsync(cancellationToken), cancellationToken);
        // At least a second: the caller waits and asks again, and a token taken meanwhile by another instance
        // only means another wait.
        double wait = seconds is null ? 0 : Convert.ToDouble(seconds, System.Globalization.CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(wait)));
    }
}
