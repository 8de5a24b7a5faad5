using Gist.Core.Storage;
using Npgsql;

namespace Gist.Storage.Postgres;

/// <summary>The chats' digest and summary views in PostgreSQL, one row per (chat, kind, key).</summary>
public sealed class PostgresSnapshotStore(PostgresDatabase database, TimeProvider time) : ISnapshotStore
{
    public Task SaveAsync(long chatId, string kind, string key, string json, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(json);
        DateTimeOffset now = time.GetUtcNow();
        return database.WriteAsync(connection => connection.Sql("""
            INSERT INTO snapshots (chat_id, kind, key, json, updated_at) VALUES (@chat, @kind, @key, @json, @now)
            ON CONFLICT (chat_id, kind, key) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at;
            """).With("chat", chatId).With("kind", kind).With("key", key).With("json", json).With("now", now).RunAsync(cancellationToken),
            cancellationToken);
    }

    public Task<Snapshot?> GetAsync(long chatId, string kind, string key, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var rows = await connection.Sql("SELECT key, json, updated_at FROM snapshots WHERE chat_id = @chat AND kind = @kind AND key = @key;")
                .With("chat", chatId).With("kind", kind).With("key", key).ListAsync(r => Read(r, chatId, kind), cancellationToken);
            return rows.Count > 0 ? rows[0] : null;
        }, cancellationToken);

    public Task<IReadOnlyList<Snapshot>> ListAsync(long chatId, string kind, int max, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<Snapshot>>(async connection => await connection.Sql("""
            SELECT key, json, updated_at FROM snapshots WHERE chat_id = @chat AND kind = @kind
            ORDER BY updated_at DESC, key DESC LIMIT @max;
            """).With("chat", chatId).With("kind", kind).With("max", max).ListAsync(r => Read(r, chatId, kind), cancellationToken),
            cancellationToken);

    private static Snapshot Read(NpgsqlDataReader reader, long chatId, string kind) =>
        new(chatId, kind, reader.GetString(0), reader.GetString(1), new DateTimeOffset(reader.GetFieldValue<DateTime>(2), TimeSpan.Zero));
}
