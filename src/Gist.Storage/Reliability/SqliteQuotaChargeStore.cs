using Gist.Storage.Sqlite;

namespace Gist.Storage.Reliability;

/// <summary>
/// Quota charges in SQLite (table quota_charges, migration 11) next to the usage counters (table usage), in one
/// transaction: the charge row and the counter move together or not at all.
/// </summary>
public sealed class SqliteQuotaChargeStore(SqliteDatabase database, TimeProvider time) : IQuotaChargeStore
{
    /// <summary>Telegram redelivers an unconfirmed update for at most 24 hours; a charge is kept for twice that.</summary>
    private static readonly TimeSpan KeepCharges = TimeSpan.FromDays(2);

    private const string Charged = "SELECT 1 FROM quota_charges WHERE update_id = $update_id;";

    // The same counting as SqliteUsageStore.TryIncrementModelCallsAsync: no row comes back at the limit.
    private const string IncrementWithinLimit = """
        INSERT INTO usage (user_id, day, model_calls) SELECT $user_id, $day, 1 WHERE $limit > 0
        ON CONFLICT (user_id, day) DO UPDATE SET model_calls = model_calls + 1 WHERE model_calls < $limit
        RETURNING model_calls;
        """;

    private const string Record = """
        INSERT INTO quota_charges (update_id, user_id, day, charged_at) VALUES ($update_id, $user_id, $day, $now);
        """;

    private const string Prune = "DELETE FROM quota_charges WHERE charged_at < $cutoff;";

    public Task<bool> TryChargeAsync(long updateId, long userId, DateOnly day, int dailyLimit, CancellationToken cancellationToken) =>
        database.WriteAsync(session =>
        {
            if (session.Command(Charged).Bind("$update_id", updateId).ScalarInt64() is not null)
            {
                return true;
            }

            var counted = session.Command(IncrementWithinLimit)
                .Bind("$user_id", userId)
                .Bind("$day", SqliteText.Day(day))
                .Bind("$limit", dailyLimit)
                .ScalarInt64() is not null;
            if (!counted)
            {
                return false;
            }

            var now = time.GetUtcNow();
            session.Command(Record)
                .Bind("$update_id", updateId)
                .Bind("$user_id", userId)
                .Bind("$day", SqliteText.Day(day))
                .Bind("$now", SqliteText.Timestamp(now))
                .ExecuteNonQuery();
            session.Command(Prune).Bind("$cutoff", SqliteText.Timestamp(now - KeepCharges)).ExecuteNonQuery();
            return true;
        }, cancellationToken);
}
