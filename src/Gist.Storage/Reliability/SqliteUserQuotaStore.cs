using Gist.Core.Storage;
using Gist.Storage.Sqlite;

namespace Gist.Storage.Reliability;

/// <summary>Per-user quota overrides in SQLite (table user_quotas).</summary>
public sealed class SqliteUserQuotaStore(SqliteDatabase database, TimeProvider time) : IUserQuotaStore
{
    private const string Upsert = """
        INSERT INTO user_quotas (user_id, daily_model_calls, updated_at) VALUES ($user_id, $limit, $now)
        ON CONFLICT (user_id) DO UPDATE SET daily_model_calls = excluded.daily_model_calls, updated_at = excluded.updated_at;
        """;

    public Task<int?> GetAsync(long userId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            session => (int?)session.Command("SELECT daily_model_calls FROM user_quotas WHERE user_id = $user_id;")
                .Bind("$user_id", userId).ScalarInt64(),
            cancellationToken);

    public Task SetAsync(long userId, int dailyModelCalls, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dailyModelCalls);
        var now = SqliteText.Timestamp(time.GetUtcNow());
        return database.WriteAsync(
            session => session.Command(Upsert).Bind("$user_id", userId).Bind("$limit", dailyModelCalls).Bind("$now", now).ExecuteNonQuery(),
            cancellationToken);
    }

    public Task ClearAsync(long userId, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Command("DELETE FROM user_quotas WHERE user_id = $user_id;").Bind("$user_id", userId).ExecuteNonQuery(),
            cancellationToken);
}
