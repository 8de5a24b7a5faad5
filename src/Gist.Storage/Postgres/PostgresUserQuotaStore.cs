using Gist.Core.Storage;

namespace Gist.Storage.Postgres;

/// <summary>Per-user quota overrides in PostgreSQL (table user_quotas).</summary>
public sealed class PostgresUserQuotaStore(PostgresDatabase database, TimeProvider time) : IUserQuotaStore
{
    public async Task<int?> GetAsync(long userId, CancellationToken cancellationToken) =>
        (int?)await database.ReadAsync(connection => connection.Sql("SELECT daily_model_calls FROM user_quotas WHERE user_id = @user;")
            .With("user", userId).ScalarInt64Async(cancellationToken), cancellationToken);

    public Task SetAsync(long userId, int dailyModelCalls, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dailyModelCalls);
        DateTimeOffset now = time.GetUtcNow();
        return database.WriteAsync(connection => connection.Sql("""
            INSERT INTO user_quotas (user_id, daily_model_calls, updated_at) VALUES (@user, @limit, @now)
            ON CONFLICT (user_id) DO UPDATE SET daily_model_calls = excluded.daily_model_calls, updated_at = excluded.updated_at;
            """).With("user", userId).With("limit", dailyModelCalls).With("now", now).RunAsync(cancellationToken), cancellationToken);
    }

    public Task ClearAsync(long userId, CancellationToken cancellationToken) =>
        database.WriteAsync(connection => connection.Sql("DELETE FROM user_quotas WHERE user_id = @user;").With("user", userId).RunAsync(cancellationToken),
            cancellationToken);
}
