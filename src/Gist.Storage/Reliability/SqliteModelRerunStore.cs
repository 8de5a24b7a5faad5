using System.Text.Json;
using Gist.Core.Storage;
using Gist.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Gist.Storage.Reliability;

/// <summary>The re-run queue in SQLite (table model_reruns).</summary>
public sealed class SqliteModelRerunStore(SqliteDatabase database, TimeProvider time) : IModelRerunStore
{
    private const string Insert = """
        INSERT INTO model_reruns (chat_id, article_id, output_language, message_ids, reply_to_message_id, attempts, due_at, created_at)
        VALUES ($chat_id, $article_id, $language, $message_ids, $reply_to, 0, $due_at, $now) RETURNING id;
        """;

    private const string Due = """
        SELECT id, chat_id, article_id, output_language, message_ids, reply_to_message_id, attempts, due_at
        FROM model_reruns WHERE due_at <= $now ORDER BY due_at, id LIMIT $max;
        """;

    public Task<long> AddAsync(long chatId, long articleId, string outputLanguage, IReadOnlyList<int> messageIds, int? replyToMessageId,
        DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        var now = SqliteText.Timestamp(time.GetUtcNow());
        var ids = JsonSerializer.Serialize(messageIds);
        return database.WriteAsync(
            session => session.Command(Insert)
                .Bind("$chat_id", chatId)
                .Bind("$article_id", articleId)
                .Bind("$language", outputLanguage)
                .Bind("$message_ids", ids)
                .Bind("$reply_to", replyToMessageId)
                .Bind("$due_at", SqliteText.Timestamp(dueAt))
                .Bind("$now", now)
                .ScalarInt64() ?? 0,
            cancellationToken);
    }

    public Task<IReadOnlyList<ModelRerun>> GetDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        database.ReadAsync(session => ReadDue(session, now, max), cancellationToken);

    public Task<IReadOnlyList<ModelRerun>> ClaimDueAsync(DateTimeOffset now, int max, DateTimeOffset claimUntil, CancellationToken cancellationToken) =>
        // Read and moved in one write transaction (BEGIN IMMEDIATE), so another process's claim waits and then sees them not due.
        database.WriteAsync(session =>
        {
            IReadOnlyList<ModelRerun> due = ReadDue(session, now, max);
            foreach (ModelRerun rerun in due)
            {
                session.Command("UPDATE model_reruns SET due_at = $until WHERE id = $id;")
                    .Bind("$id", rerun.Id).Bind("$until", SqliteText.Timestamp(claimUntil)).ExecuteNonQuery();
            }

            return due;
        }, cancellationToken);

    private static IReadOnlyList<ModelRerun> ReadDue(SqliteSession session, DateTimeOffset now, int max)
    {
        var due = new List<ModelRerun>();
        using SqliteDataReader reader = session.Command(Due).Bind("$now", SqliteText.Timestamp(now)).Bind("$max", max).ExecuteReader();
        while (reader.Read())
        {
            due.Add(new ModelRerun(
                reader.GetInt64(0),
                reader.GetInt64(1),
                reader.GetInt64(2),
                reader.GetString(3),
                JsonSerializer.Deserialize<int[]>(reader.GetString(4)) ?? [],
                reader.GetNullableInt32(5),
                reader.GetInt32(6),
                DateTimeOffset.Parse(reader.GetString(7), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return due;
    }

    public Task RescheduleAsync(long id, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Command("UPDATE model_reruns SET attempts = attempts + 1, due_at = $due_at WHERE id = $id;")
                .Bind("$id", id).Bind("$due_at", SqliteText.Timestamp(dueAt)).ExecuteNonQuery(),
            cancellationToken);

    public Task UpdateMessagesAsync(long id, IReadOnlyList<int> messageIds, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Command("UPDATE model_reruns SET message_ids = $message_ids WHERE id = $id;")
                .Bind("$id", id).Bind("$message_ids", JsonSerializer.Serialize(messageIds)).ExecuteNonQuery(),
            cancellationToken);

    public Task RemoveAsync(long id, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Command("DELETE FROM model_reruns WHERE id = $id;").Bind("$id", id).ExecuteNonQuery(),
            cancellationToken);

    public Task<int> CountAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(
            session => (int)(session.Command("SELECT COUNT(*) FROM model_reruns;").ScalarInt64() ?? 0),
            cancellationToken);
}
