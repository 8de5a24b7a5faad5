using Gist.Core.Storage;
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

    private const string Room = """
        SELECT EXISTS (SELECT 1 FROM quota_charges WHERE update_id = $update_id)
            OR COALESCE((SELECT model_calls FROM usage WHERE user_id = $user_id AND day = $day), 0) < $limit;
        """;

    // Nothing comes back when the update was charged before: the caller then leaves the counter alone.
    private const string Record = """
        INSERT INTO quota_charges (update_id, user_id, day, charged_at) VALUES ($update_id, $user_id, $day, $now)
        ON CONFLICT (update_id) DO NOTHING
        RETURNING update_id;
        """;

    private const string Increment = """
        INSERT INTO usage (user_id, day, model_calls) VALUES ($user_id, $day, 1)
        ON CONFLICT (user_id, day) DO UPDATE SET model_calls = model_calls + 1;
        """;

    private const string Prune = "DELETE FROM quota_charges WHERE charged_at < $cutoff;";

    public Task<bool> HasRoomAsync(long updateId, long userId, DateOnly day, int dailyLimit, CancellationToken cancellationToken) =>
        database.ReadAsync(
            session => session.Command(Room)
                .Bind("$update_id", updateId)
                .Bind("$user_id", userId)
                .Bind("$day", SqliteText.Day(day))
                .Bind("$limit", dailyLimit)
                .ScalarInt64() == 1,
            cancellationToken);

    public Task<bool> ChargeAsync(long updateId, long userId, DateOnly day, CancellationToken cancellationToken) =>
        database.WriteAsync(session =>
        {
            var now = time.GetUtcNow();
            var recorded = session.Command(Record)
                .Bind("$update_id", updateId)
                .Bind("$user_id", userId)
                .Bind("$day", SqliteText.Day(day))
                .Bind("$now", SqliteText.Timestamp(now))
                .ScalarInt64() is not null;
            if (!recorded)
            {
                return false;
            }

            session.Command(Increment).Bind("$user_id", userId).Bind("$day", SqliteText.Day(day)).ExecuteNonQuery();
            session.Command(Prune).Bind("$cutoff", SqliteText.Timestamp(now - KeepCharges)).ExecuteNonQuery();
            return true;
        }, cancellationToken);
}
