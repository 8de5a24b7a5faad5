using Gist.Core.Storage;

namespace Gist.Storage.Postgres;

/// <summary>
/// Quota charges in PostgreSQL next to the usage counters, in one transaction: the charge row and the counter move
/// together, and an update charged by one instance is not charged again by another.
/// </summary>
public sealed class PostgresQuotaChargeStore(PostgresDatabase database, TimeProvider time) : IQuotaChargeStore
{
    /// <summary>Telegram redelivers an unconfirmed update for at most 24 hours; a charge is kept for twice that.</summary>
    private static readonly TimeSpan KeepCharges = TimeSpan.FromDays(2);

    public Task<bool> HasRoomAsync(long updateId, long userId, DateOnly day, int dailyLimit, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection => await connection.Sql("""
            SELECT EXISTS (SELECT 1 FROM quota_charges WHERE update_id = @update)
                OR COALESCE((SELECT model_calls FROM usage WHERE user_id = @user AND day = @day), 0) < @limit;
            """).With("update", updateId).With("user", userId).With("day", day).With("limit", dailyLimit)
            .ScalarAsync(cancellationToken) is true, cancellationToken);

    public Task<bool> ChargeAsync(long updateId, long userId, DateOnly day, CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        return database.WriteAsync(async connection =>
        {
            // Nothing comes back when the update was charged before: the counter is then left alone.
            bool recorded = await connection.Sql("""
                INSERT INTO quota_charges (update_id, user_id, day, charged_at) VALUES (@update, @user, @day, @now)
                ON CONFLICT (update_id) DO NOTHING RETURNING update_id;
                """).With("update", updateId).With("user", userId).With("day", day).With("now", now).ScalarInt64Async(cancellationToken) is not null;
            if (!recorded)
            {
                return false;
            }

            await connection.Sql("""
                INSERT INTO usage (user_id, day, model_calls) VALUES (@user, @day, 1)
                ON CONFLICT (user_id, day) DO UPDATE SET model_calls = usage.model_calls + 1;
                """).With("user", userId).With("day", day).RunAsync(cancellationToken);
            await connection.Sql("DELETE FROM quota_charges WHERE charged_at < @cutoff;").With("cutoff", now - KeepCharges).RunAsync(cancellationToken);
            return true;
        }, cancellationToken);
    }
}
