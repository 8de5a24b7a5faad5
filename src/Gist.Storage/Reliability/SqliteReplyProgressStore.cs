using Gist.Core.Storage;
using Gist.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Gist.Storage.Reliability;

/// <summary>Reply progress in SQLite (table reply_parts).</summary>
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
}
