using Gist.Core.Storage;

namespace Gist.Storage.Postgres;

/// <summary>
/// Reply progress in PostgreSQL (tables reply_parts and reply_shown): whichever instance resumes an
/// update sees the parts sent and what each message shows.
/// </summary>
public sealed class PostgresReplyProgressStore(PostgresDatabase database) : IReplyProgressStore
{
    public async Task<IReadOnlyDictionary<int, int>> GetAsync(long updateId, CancellationToken cancellationToken) =>
        (await database.ReadAsync(connection => connection.Sql("SELECT part, message_id FROM reply_parts WHERE update_id = @update;")
            .With("update", updateId).ListAsync(r => (Part: r.GetInt32(0), Message: r.GetInt32(1)), cancellationToken), cancellationToken))
        .ToDictionary(row => row.Part, row => row.Message);

    public Task RecordAsync(long updateId, int part, int messageId, CancellationToken cancellationToken) =>
        database.WriteAsync(connection => connection.Sql("""
            INSERT INTO reply_parts (update_id, part, message_id) VALUES (@update, @part, @message)
            ON CONFLICT (update_id, part) DO UPDATE SET message_id = excluded.message_id;
            """).With("update", updateId).With("part", part).With("message", messageId).RunAsync(cancellationToken), cancellationToken);

    public async Task<IReadOnlyDictionary<int, string>> GetShownAsync(long updateId, CancellationToken cancellationToken) =>
        (await database.ReadAsync(connection => connection.Sql("SELECT message_id, fingerprint FROM reply_shown WHERE update_id = @update;")
            .With("update", updateId).ListAsync(r => (Message: r.GetInt32(0), Fingerprint: r.GetString(1)), cancellationToken), cancellationToken))
        .ToDictionary(row => row.Message, row => row.Fingerprint);

    public Task RecordShownAsync(long updateId, int messageId, string fingerprint, CancellationToken cancellationToken) =>
        database.WriteAsync(connection => connection.Sql("""
            INSERT INTO reply_shown (update_id, message_id, fingerprint) VALUES (@update, @message, @fingerprint)
            ON CONFLICT (update_id, message_id) DO UPDATE SET fingerprint = excluded.fingerprint;
            """).With("update", updateId).With("message", messageId).With("fingerprint", fingerprint).RunAsync(cancellationToken), cancellationToken);
}
