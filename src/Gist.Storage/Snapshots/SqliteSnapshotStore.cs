using System.Globalization;
using Gist.Core.Storage;
using Gist.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Gist.Storage.Snapshots;

/// <summary>The chats' digest and summary views in SQLite, one row per (chat, kind, key).</summary>
public sealed class SqliteSnapshotStore(SqliteDatabase database, TimeProvider time) : ISnapshotStore
{
    private const string Upsert = """
        INSERT INTO snapshots (chat_id, kind, key, json, updated_at) VALUES ($chat_id, $kind, $key, $json, $now)
        ON CONFLICT (chat_id, kind, key) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at;
        """;

    private const string SelectOne = "SELECT key, json, updated_at FROM snapshots WHERE chat_id = $chat_id AND kind = $kind AND key = $key;";

    private const string SelectRecent = """
        SELECT key, json, updated_at FROM snapshots WHERE chat_id = $chat_id AND kind = $kind
        ORDER BY updated_at DESC, key DESC LIMIT $max;
        """;

    public Task SaveAsync(long chatId, string kind, string key, string json, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(json);
        var now = SqliteText.Timestamp(time.GetUtcNow());
        return database.WriteAsync(
            session => session.Command(Upsert).Bind("$chat_id", chatId).Bind("$kind", kind).Bind("$key", key).Bind("$json", json).Bind("$now", now).ExecuteNonQuery(),
            cancellationToken);
    }

    public Task<Snapshot?> GetAsync(long chatId, string kind, string key, CancellationToken cancellationToken) =>
        database.ReadAsync(session =>
        {
            using var reader = session.Command(SelectOne).Bind("$chat_id", chatId).Bind("$kind", kind).Bind("$key", key).ExecuteReader();
            return reader.Read() ? Read(reader, chatId, kind) : null;
        }, cancellationToken);

    public Task<IReadOnlyList<Snapshot>> ListAsync(long chatId, string kind, int max, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<Snapshot>>(session =>
        {
            using var reader = session.Command(SelectRecent).Bind("$chat_id", chatId).Bind("$kind", kind).Bind("$max", max).ExecuteReader();
            var list = new List<Snapshot>();
            while (reader.Read())
            {
                list.Add(Read(reader, chatId, kind));
            }

            return list;
        }, cancellationToken);

    private static Snapshot Read(SqliteDataReader reader, long chatId, string kind) =>
        new(chatId, kind, reader.GetString(0), reader.GetString(1),
            DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal));
}
