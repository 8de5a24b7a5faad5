using Gist.Core.Storage;

namespace Gist.Storage.Postgres;

/// <summary>Model-call counts in PostgreSQL, one row per user per day, counted across every instance.</summary>
public sealed class PostgresUsageStore(PostgresDatabase database) : IUsageStore
{
    private const string Totals = """
        SELECT
            (SELECT COUNT(*) FROM usage WHERE day = @day AND model_calls > 0),
            (SELECT COALESCE(SUM(model_calls), 0) FROM usage WHERE day = @day),
            (SELECT COUNT(DISTINCT user_id) FROM usage WHERE model_calls > 0),
            (SELECT COALESCE(SUM(model_calls), 0) FROM usage);
        """;

    public Task<int> IncrementModelCallsAsync(long userId, DateOnly day, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection => (int)(await connection.Sql("""
            INSERT INTO usage (user_id, day, model_calls) VALUES (@user, @day, 1)
            ON CONFLICT (user_id, day) DO UPDATE SET model_calls = usage.model_calls + 1
            RETURNING model_calls;
            """).With("user", userId).With("day", day).ScalarInt64Async(cancellationToken) ?? 0), cancellationToken);

    public Task<int> GetModelCallsAsync(long userId, DateOnly day, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection => (int)(await connection.Sql("SELECT model_calls FROM usage WHERE user_id = @user AND day = @day;")
            .With("user", userId).With("day", day).ScalarInt64Async(cancellationToken) ?? 0), cancellationToken);

    public Task<UsageTotals> GetTotalsAsync(DateOnly day, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection => (await connection.Sql(Totals).With("day", day).ListAsync(
            r => new UsageTotals(day, (int)r.GetInt64(0), r.GetInt64(1), (int)r.GetInt64(2), r.GetInt64(3)), cancellationToken))[0],
            cancellationToken);

    public async Task<IReadOnlyList<UserUsage>> GetTopUsersAsync(DateOnly day, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return await database.ReadAsync(connection => connection.Sql("""
            SELECT user_id, model_calls FROM usage WHERE day = @day AND model_calls > 0
            ORDER BY model_calls DESC, user_id LIMIT @limit;
            """).With("day", day).With("limit", limit).ListAsync(r => new UserUsage(r.GetInt64(0), r.GetInt32(1)), cancellationToken),
            cancellationToken);
    }
}
