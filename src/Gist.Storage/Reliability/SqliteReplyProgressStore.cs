using Gist.Core.Storage;
using Gist.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Gist.Storage.Reliability;

/// <summary>Reply progress in SQLite (tables reply_parts and reply_shown).</summary>
public sealed class SqliteReplyProgressStore(SqliteDatabase database) : IReplyProgressStore
{
    public Task<IReadOnlyDictionary<int, int>> GetAsync(long updateId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyDictionary<int, int>>(session =>
        {
            var parts = new Dictionary<int, int>();
            using SqliteDataReader reader = session.Command("SELECT part, message_id FROM reply_parts WHERE update_id = $update_id;")
                .Bind("$update_id", updateId).ExecuteReader();
            while (reader.Read())
            {
                parts[reader.GetInt32(0)] = reader.GetInt32(1);
            }

            return parts;
        }, cancellationToken);

    public Task RecordAsync(long updateId, int part, int messageId, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Command("""
                INSERT INTO reply_parts (update_id, part, message_id) VALUES ($update_id, $part, $message_id)
                ON CONFLICT (update_id, part) DO UPDATE SET message_id = excluded.message_id;
                """).Bind("$update_id", updateId).Bind("$part", part).Bind("$message_id", messageId).ExecuteNonQuery(),
            cancellationToken);

    public Task<IReadOnlyDictionary<int, string>> GetShownAsync(long updateId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyDictionary<int, string>>(session =>
        {
            var shown = new Dictionary<int, string>();
            using SqliteDataReader reader = session.Command("SELECT message_id, fingerprint FROM reply_shown WHERE update_id = $update_id;")
                .Bind("$update_id", updateId).ExecuteReader();
            while (reader.Read())
            {
                shown[reader.GetInt32(0)] = reader.GetString(1);
            }

            return shown;
        }, cancellationToken);

    public Task RecordShownAsync(long updateId, int messageId, string fingerprint, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Command("""
                INSERT INTO reply_shown (update_id, message_id, fingerprint) VALUES ($update_id, $message_id, $fingerprint)
                ON CONFLICT (update_id, message_id) DO UPDATE SET fingerprint = excluded.fingerprint;
                """).Bind("$update_id", updateId).Bind("$message_id", messageId).Bind("$fingerprint", fingerprint).ExecuteNonQuery(),
            cancellationToken);
}
