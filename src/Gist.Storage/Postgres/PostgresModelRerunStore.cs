using System.Text.Json;
using Gist.Core.Storage;
using Npgsql;

namespace Gist.Storage.Postgres;

/// <summary>The re-run queue in PostgreSQL (table model_reruns).</summary>
public sealed class PostgresModelRerunStore(PostgresDatabase database, TimeProvider time) : IModelRerunStore
{
    public Task<long> AddAsync(long chatId, long articleId, string outputLanguage, IReadOnlyList<int> messageIds, int? replyToMessageId,
        DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        return database.WriteAsync(async connection => await connection.Sql("""
            INSERT INTO model_reruns (chat_id, article_id, output_language, message_ids, reply_to_message_id, attempts, due_at, created_at)
            VALUES (@chat, @article, @language, @message_ids, @reply_to::integer, 0, @due, @now) RETURNING id;
            """).With("chat", chatId).With("article", articleId).With("language", outputLanguage)
            .WithJson("message_ids", JsonSerializer.Serialize(messageIds)).With("reply_to", replyToMessageId).With("due", dueAt).With("now", now)
            .ScalarInt64Async(cancellationToken) ?? 0, cancellationToken);
    }

    public async Task<IReadOnlyList<ModelRerun>> GetDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        await database.ReadAsync(connection => connection.Sql("""
            SELECT id, chat_id, article_id, output_language, message_ids::text, reply_to_message_id, attempts, due_at
            FROM model_reruns WHERE due_at <= @now ORDER BY due_at, id LIMIT @max;
            """).With("now", now).With("max", max).ListAsync(ReadRerun, cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<ModelRerun>> ClaimDueAsync(DateTimeOffset now, int max, DateTimeOffset claimUntil, CancellationToken cancellationToken)
    {
        // One statement; SKIP LOCKED: two instances claiming at once take different re-runs instead of waiting for each other.
        List<ModelRerun> claimed = await database.WriteAsync(connection => connection.Sql("""
            WITH due AS (
                SELECT id, chat_id, article_id, output_language, message_ids, reply_to_message_id, attempts, due_at
                FROM model_reruns WHERE due_at <= @now ORDER BY due_at, id LIMIT @max
                FOR UPDATE SKIP LOCKED)
            UPDATE model_reruns SET due_at = @until FROM due WHERE model_reruns.id = due.id
            RETURNING due.id, due.chat_id, due.article_id, due.output_language, due.message_ids::text, due.reply_to_message_id, due.attempts, due.due_at;
            """).With("now", now).With("max", max).With("until", claimUntil).ListAsync(ReadRerun, cancellationToken), cancellationToken);
        return [.. claimed.OrderBy(r => r.DueAt).ThenBy(r => r.Id)];
    }

    public Task RescheduleAsync(long id, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        database.WriteAsync(connection => connection.Sql("UPDATE model_reruns SET attempts = attempts + 1, due_at = @due WHERE id = @id;")
            .With("id", id).With("due", dueAt).RunAsync(cancellationToken), cancellationToken);

    public Task UpdateMessagesAsync(long id, IReadOnlyList<int> messageIds, CancellationToken cancellationToken) =>
        database.WriteAsync(connection => connection.Sql("UPDATE model_reruns SET message_ids = @message_ids WHERE id = @id;")
            .With("id", id).WithJson("message_ids", JsonSerializer.Serialize(messageIds)).RunAsync(cancellationToken), cancellationToken);

    public Task RemoveAsync(long id, CancellationToken cancellationToken) =>
        database.WriteAsync(connection => connection.Sql("DELETE FROM model_reruns WHERE id = @id;").With("id", id).RunAsync(cancellationToken), cancellationToken);

    public Task<int> CountAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(async connection => (int)(await connection.Sql("SELECT COUNT(*) FROM model_reruns;").ScalarInt64Async(cancellationToken) ?? 0),
            cancellationToken);

    private static ModelRerun ReadRerun(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetString(3), JsonSerializer.Deserialize<int[]>(r.GetString(4)) ?? [],
        r.GetNullableInt32(5), r.GetInt32(6), r.GetInstant(7));
}
