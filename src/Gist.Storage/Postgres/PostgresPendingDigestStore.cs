using System.Text.Json;
using Gist.Core.Digests;
using Gist.Core.Storage;
using Npgsql;

namespace Gist.Storage.Postgres;

/// <summary>Digests being delivered, in PostgreSQL (table digest_deliveries): any instance can finish one another began.</summary>
public sealed class PostgresPendingDigestStore(PostgresDatabase database) : IPendingDigestStore
{
    private const string Select = """
        SELECT chat_id, local_date, items_through, parts::text, parts_sent, message_ids::text FROM digest_deliveries
        WHERE chat_id = @chat AND local_date = @date;
        """;

    public Task<PendingDigest?> GetAsync(long chatId, DateOnly localDate, CancellationToken cancellationToken) =>
        database.ReadAsync(connection => ReadAsync(connection, chatId, localDate, cancellationToken), cancellationToken);

    public Task<PendingDigest> BeginAsync(long chatId, DateOnly localDate, DateTimeOffset through, IReadOnlyList<string> parts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return database.WriteAsync(async connection =>
        {
            await connection.Sql("""
                INSERT INTO digest_deliveries (chat_id, local_date, items_through, parts, created_at, updated_at)
                VALUES (@chat, @date, @through, @parts, @now, @now)
                ON CONFLICT (chat_id, local_date) DO NOTHING;
                """).With("chat", chatId).With("date", localDate).With("through", through).WithJson("parts", JsonSerializer.Serialize(parts))
                .With("now", now).RunAsync(cancellationToken);
            return (await ReadAsync(connection, chatId, localDate, cancellationToken))!;
        }, cancellationToken);
    }

    // Guarded by parts_sent so a repeated call for the same message changes nothing.
    public Task MarkPartSentAsync(long chatId, DateOnly localDate, int index, int messageId, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(connection => connection.Sql("""
            UPDATE digest_deliveries SET parts_sent = @index + 1, message_ids = message_ids || to_jsonb(@id::integer), updated_at = @now
            WHERE chat_id = @chat AND local_date = @date AND parts_sent = @index;
            """).With("chat", chatId).With("date", localDate).With("index", index).With("id", messageId).With("now", now).RunAsync(cancellationToken),
            cancellationToken);

    private static Task<PendingDigest?> ReadAsync(NpgsqlConnection connection, long chatId, DateOnly localDate, CancellationToken cancellationToken) =>
        connection.Sql(Select).With("chat", chatId).With("date", localDate).FirstOrDefaultAsync(r => new PendingDigest(
            r.GetInt64(0),
            r.GetFieldValue<DateOnly>(1),
            r.GetInstant(2),
            JsonSerializer.Deserialize<string[]>(r.GetString(3)) ?? [],
            r.GetInt32(4),
            JsonSerializer.Deserialize<int[]>(r.GetString(5)) ?? []), cancellationToken);
}
