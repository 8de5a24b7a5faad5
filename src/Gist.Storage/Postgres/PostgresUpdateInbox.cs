using Gist.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Gist.Storage.Postgres;

/// <summary>
/// The durable inbox of Telegram updates in PostgreSQL, shared by every instance. See <see cref="IUpdateInbox"/>.
/// Claims take a transaction-scoped advisory lock first, so claims from all instances are serialized and the
/// "nothing in progress for this chat" check sees every other claim: per-chat order holds across instances.
/// A claim is a lease on the database's clock (<see cref="StorageOptions.LeaseSeconds"/>), renewed by the live
/// instance (<see cref="RenewLeasesAsync"/>); the update of an instance that stopped renewing goes back to pending,
/// with an attempt counted, and is the next one of its chat.
/// </summary>
public sealed class PostgresUpdateInbox(
    PostgresDatabase database, TimeProvider time, IOptions<StorageOptions> options, ILogger<PostgresUpdateInbox> logger) : IUpdateInbox
{
    private readonly TimeSpan lease = TimeSpan.FromSeconds(options.Value.LeaseSeconds);

    public async Task<int> AddAsync(IReadOnlyList<InboxUpdate> updates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        if (updates.Count == 0)
        {
            return 0;
        }

        DateTimeOffset now = time.GetUtcNow();
        return await database.WriteAsync(async connection =>
        {
            int added = 0;
            foreach (InboxUpdate update in updates)
            {
                added += await connection.Sql(PostgresInboxSql.Add).With("update_id", update.UpdateId).With("chat_id", update.ChatId)
                    .With("json", update.Json).With("now", now).RunAsync(cancellationToken);
            }

            // No watermark write here: one shared row updated per call would queue concurrent webhook calls on its
            // lock. The highest id is read from the inbox itself (see GetLastUpdateIdAsync).
            return added;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<InboxItem>> ClaimNextAsync(int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        DateTimeOffset now = time.GetUtcNow();
        List<InboxItem> claimed = await database.WriteAsync(async connection =>
        {
            await connection.Sql("SELECT pg_advisory_xact_lock(@key);").With("key", PostgresInboxSql.ClaimLockKey).RunAsync(cancellationToken);
            int takenBack = await connection.Sql(PostgresInboxSql.TakeBackExpired).With("now", now).RunAsync(cancellationToken);
            if (takenBack > 0)
            {
                logger.LogWarning("Took back {Count} updates whose instance stopped renewing its claim", takenBack);
            }

            return await connection.Sql(PostgresInboxSql.Claim).With("max", max).With("now", now).With("instance", InstanceId).With("lease", lease).ListAsync(
                r => new InboxItem(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetInt32(3), r.GetNullableInt32(4)), cancellationToken);
        }, cancellationToken);
        return [.. claimed.OrderBy(item => item.UpdateId)];
    }

    /// <summary>This process's name on its claims.</summary>
    public string InstanceId { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Extends the lease of every update this instance has in progress; returns how many.</summary>
    public Task<int> RenewLeasesAsync(CancellationToken cancellationToken) =>
        database.WriteAsync(connection => connection.Sql("""
            UPDATE inbox SET lease_until = clock_timestamp() + @lease WHERE state = 'in_progress' AND claimed_by = @instance;
            """).With("lease", lease).With("instance", InstanceId).RunAsync(cancellationToken), cancellationToken);

    public Task SetPlaceholderAsync(long updateId, int messageId, CancellationToken cancellationToken) =>
        UpdateOneAsync("UPDATE inbox SET placeholder_message_id = @value, updated_at = @now WHERE update_id = @update_id;",
            updateId, messageId, "set its placeholder", cancellationToken);

    public Task CompleteAsync(long updateId, CancellationToken cancellationToken) =>
        UpdateOneAsync("UPDATE inbox SET state = 'done', error = NULL, updated_at = @now WHERE update_id = @update_id;",
            updateId, null, "complete it", cancellationToken);

    public Task FailAsync(long updateId, string error, CancellationToken cancellationToken) =>
        UpdateOneAsync("UPDATE inbox SET state = 'failed', error = @value, updated_at = @now WHERE update_id = @update_id;",
            updateId, error, "mark it failed", cancellationToken);

    public Task ReleaseAsync(long updateId, CancellationToken cancellationToken) =>
        UpdateOneAsync("""
            UPDATE inbox SET state = 'pending', attempts = attempts + 1, claimed_by = NULL, lease_until = NULL, updated_at = @now
            WHERE update_id = @update_id AND state = 'in_progress';
            """, updateId, null, "release it (it is not in progress)", cancellationToken);

    /// <summary>
    /// At start: the updates left in progress by an instance whose lease ran out go back to pending. Updates other
    /// live instances hold are left to them (they are taken back at a later claim if their instance dies too).
    /// </summary>
    public async Task<int> RecoverInProgressAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        int recovered = await database.WriteAsync(async connection =>
        {
            await connection.Sql("SELECT pg_advisory_xact_lock(@key);").With("key", PostgresInboxSql.ClaimLockKey).RunAsync(cancellationToken);
            return await connection.Sql(PostgresInboxSql.TakeBackExpired).With("now", now).RunAsync(cancellationToken);
        }, cancellationToken);
        if (recovered > 0)
        {
            logger.LogInformation("Recovered {Count} updates left in progress by a previous run", recovered);
        }

        return recovered;
    }

    /// <summary>The highest id in the inbox, or the watermark a prune carried it into (see <see cref="PruneAsync"/>).</summary>
    public Task<long?> GetLastUpdateIdAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(connection => connection.Sql(PostgresInboxSql.LastUpdateId).ScalarInt64Async(cancellationToken), cancellationToken);

    public Task<InboxCounts> CountAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var byState = (await connection.Sql("SELECT state, COUNT(*) FROM inbox GROUP BY state;")
                .ListAsync(r => (State: r.GetString(0), Count: (int)r.GetInt64(1)), cancellationToken))
                .ToDictionary(row => row.State, row => row.Count, StringComparer.Ordinal);
            return new InboxCounts(
                byState.GetValueOrDefault("pending"),
                byState.GetValueOrDefault("in_progress"),
                byState.GetValueOrDefault("done"),
                byState.GetValueOrDefault("failed"));
        }, cancellationToken);

    /// <summary>Deletes done and failed updates last touched more than <paramref name="olderThan"/> ago; see <see cref="SqliteUpdateInbox.PruneAsync"/>.</summary>
    public Task<int> PruneAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(olderThan, SqliteUpdateInbox.MinimumPruneAge);
        DateTimeOffset cutoff = time.GetUtcNow() - olderThan;
        return database.WriteAsync(async connection =>
        {
            long? last = await connection.Sql("SELECT MAX(update_id) FROM inbox WHERE state IN ('done', 'failed') AND updated_at < @cutoff;")
                .With("cutoff", cutoff).ScalarInt64Async(cancellationToken);
            if (last is null)
            {
                return 0;
            }

            // The rows about to go may hold the highest id: carry it into the watermark first, in the same transaction.
            await connection.Sql(PostgresInboxSql.CarryHighWater).RunAsync(cancellationToken);
            int deleted = await connection.Sql("DELETE FROM inbox WHERE state IN ('done', 'failed') AND updated_at < @cutoff;")
                .With("cutoff", cutoff).RunAsync(cancellationToken);
            await connection.Sql("""
                UPDATE inbox_watermark SET pruned_through_update_id = GREATEST(COALESCE(pruned_through_update_id, @pruned), @pruned) WHERE id = 1;
                """).With("pruned", last.Value).RunAsync(cancellationToken);
            return deleted;
        }, cancellationToken);
    }

    private async Task UpdateOneAsync(string sql, long updateId, object? value, string action, CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        int changed = await database.WriteAsync(connection =>
        {
            NpgsqlCommand command = connection.Sql(sql).With("update_id", updateId).With("now", now);
            if (value is not null)
            {
                command.With("value", value);
            }

            return command.RunAsync(cancellationToken);
        }, cancellationToken);

        if (changed == 0)
        {
            logger.LogWarning("Inbox update {UpdateId} not found: could not {Action}", updateId, action);
        }
    }
}
