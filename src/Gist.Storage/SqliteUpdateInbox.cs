using Gist.Core.Storage;
using Gist.Storage.Inbox;
using Gist.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Gist.Storage;

/// <summary>The durable inbox of Telegram updates in SQLite. See <see cref="IUpdateInbox"/>.</summary>
public sealed class SqliteUpdateInbox : IUpdateInbox
{
    /// <summary>Telegram keeps an unconfirmed update for at most 24 hours, so an older row can never be redelivered.</summary>
    public static readonly TimeSpan MinimumPruneAge = TimeSpan.FromDays(1);

    private readonly SqliteDatabase database;
    private readonly TimeProvider time;
    private readonly ILogger<SqliteUpdateInbox> logger;

    public SqliteUpdateInbox(SqliteDatabase database, TimeProvider time, ILogger<SqliteUpdateInbox> logger)
    {
        this.database = database;
        this.time = time;
        this.logger = logger;
    }

    public Task<int> AddAsync(IReadOnlyList<InboxUpdate> updates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        if (updates.Count == 0)
        {
            return Task.FromResult(0);
        }

        return this.database.WriteAsync(session =>
        {
            string now = Now();
            int added = 0;
            long max = long.MinValue;
            foreach (InboxUpdate update in updates)
            {
                added += session.Command(InboxSql.Add)
                    .Bind("$update_id", update.UpdateId)
                    .Bind("$chat_id", update.ChatId)
                    .Bind("$json", update.Json)
                    .Bind("$now", now)
                    .ExecuteNonQuery();
                max = Math.Max(max, update.UpdateId);
            }

            session.Command(InboxSql.RaiseHighWater).Bind("$max", max).ExecuteNonQuery();
            return added;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<InboxItem>> ClaimNextAsync(int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        return this.database.WriteAsync<IReadOnlyList<InboxItem>>(session =>
        {
            var claimed = new List<InboxItem>();
            SqliteCommand select = session.Command(InboxSql.SelectClaimable).Bind("$max", max);
            using (SqliteDataReader reader = select.ExecuteReader())
            {
                while (reader.Read())
                {
                    claimed.Add(new InboxItem(
                        reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetInt32(3), reader.GetNullableInt32(4)));
                }
            }

            string now = Now();
            foreach (InboxItem item in claimed)
            {
                session.Command(InboxSql.MarkInProgress).Bind("$update_id", item.UpdateId).Bind("$now", now).ExecuteNonQuery();
            }

            return claimed;
        }, cancellationToken);
    }

    public Task SetPlaceholderAsync(long updateId, int messageId, CancellationToken cancellationToken) =>
        UpdateOneAsync(InboxSql.SetPlaceholder, updateId, "set its placeholder", cancellationToken, ("$message_id", messageId));

    public Task CompleteAsync(long updateId, CancellationToken cancellationToken) =>
        UpdateOneAsync(InboxSql.Complete, updateId, "complete it", cancellationToken);

    public Task FailAsync(long updateId, string error, CancellationToken cancellationToken) =>
        UpdateOneAsync(InboxSql.Fail, updateId, "mark it failed", cancellationToken, ("$error", error));

    public Task ReleaseAsync(long updateId, CancellationToken cancellationToken) =>
        UpdateOneAsync(InboxSql.Release, updateId, "release it (it is not in progress)", cancellationToken);

    public async Task<int> RecoverInProgressAsync(CancellationToken cancellationToken)
    {
        int recovered = await this.database.WriteAsync(
            session => session.Command(InboxSql.Recover).Bind("$now", Now()).ExecuteNonQuery(), cancellationToken);
        if (recovered > 0)
        {
            this.logger.LogInformation("Recovered {Count} updates left in progress by a previous run", recovered);
        }

        return recovered;
    }

    public Task<long?> GetLastUpdateIdAsync(CancellationToken cancellationToken) =>
        this.database.ReadAsync(session => session.Command(InboxSql.HighWater).ScalarInt64(), cancellationToken);

    public Task<InboxCounts> CountAsync(CancellationToken cancellationToken) =>
        this.database.ReadAsync(session =>
        {
            var byState = new Dictionary<string, int>(StringComparer.Ordinal);
            using SqliteDataReader reader = session.Command(InboxSql.Count).ExecuteReader();
            while (reader.Read())
            {
                byState[reader.GetString(0)] = reader.GetInt32(1);
            }

            return new InboxCounts(
                byState.GetValueOrDefault("pending"),
                byState.GetValueOrDefault("in_progress"),
                byState.GetValueOrDefault("done"),
                byState.GetValueOrDefault("failed"));
        }, cancellationToken);

    /// <summary>
    /// Deletes done and failed updates last touched more than <paramref name="olderThan"/> ago. The high-water
    /// mark stays, so polling never goes back, and a redelivery of a pruned update is still ignored.
    /// </summary>
    /// <param name="olderThan">At least <see cref="MinimumPruneAge"/>, Telegram's redelivery window.</param>
    /// <returns>How many rows were deleted.</returns>
    public Task<int> PruneAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(olderThan, MinimumPruneAge);
        string cutoff = SqliteText.Timestamp(this.time.GetUtcNow() - olderThan);
        return this.database.WriteAsync(session =>
        {
            long? last = session.Command(InboxSql.LastPrunable).Bind("$cutoff", cutoff).ScalarInt64();
            if (last is null)
            {
                return 0;
            }

            int deleted = session.Command(InboxSql.Prune).Bind("$cutoff", cutoff).ExecuteNonQuery();
            session.Command(InboxSql.RaisePrunedWater).Bind("$pruned", last.Value).ExecuteNonQuery();
            return deleted;
        }, cancellationToken);
    }

    private async Task UpdateOneAsync(
        string sql, long updateId, string action, CancellationToken cancellationToken, params (string Name, object? Value)[] values)
    {
        int changed = await this.database.WriteAsync(session =>
        {
            SqliteCommand command = session.Command(sql).Bind("$update_id", updateId).Bind("$now", Now());
            foreach ((string name, object? value) in values)
            {
                command.Bind(name, value);
            }

            return command.ExecuteNonQuery();
        }, cancellationToken);

        if (changed == 0)
        {
            this.logger.LogWarning("Inbox update {UpdateId} not found: could not {Action}", updateId, action);
        }
    }

    private string Now() => SqliteText.Timestamp(this.time.GetUtcNow());
}
