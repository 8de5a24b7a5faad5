using System.Text.Json;
using Gist.Core.Digests;
using Gist.Core.Storage;
using Npgsql;

namespace Gist.Storage.Postgres;

/// <summary>Digests being delivered, in PostgreSQL (table digest_deliveries): any instance can finish one another began.</summary>
public sealed class PostgresPendingDigestStore(PostgresDatabase database) : IPendingDigestStore
{
    private const string Select = """
        SELECT chat_id, local_date, items_through, parts::text, parts_sent, message_ids::text,
            sending_part, sending_by, sending_since, uncertain_parts::text
        FROM digest_deliveries WHERE chat_id = @chat AND local_date = @date;
        """;

    // The fence: only the next message, none in progress, and only for the holder of an unexpired claim.
    private const string BeginPart = """
        UPDATE digest_deliveries d SET sending_part = @index, sending_by = @claimant, sending_since = @now, updated_at = @now
        WHERE d.chat_id = @chat AND d.local_date = @date AND d.parts_sent = @index AND d.sending_part IS NULL
            AND EXISTS (SELECT 1 FROM subscribers s WHERE s.chat_id = @chat AND s.claimed_by = @claimant AND s.claimed_until > @now);
        """;

    // Guarded by parts_sent so a repeated call for the same message changes nothing.
    private const string Advance = """
        UPDATE digest_deliveries SET parts_sent = @index + 1, message_ids = message_ids || to_jsonb(@id::integer),
            sending_part = NULL, sending_by = NULL, sending_since = NULL, updated_at = @now
        WHERE chat_id = @chat AND local_date = @date AND parts_sent = @index;
        """;

    private const string Withdraw = """
        UPDATE digest_deliveries SET sending_part = NULL, sending_by = NULL, sending_since = NULL, updated_at = @now
        WHERE chat_id = @chat AND local_date = @date AND sending_part = @index;
        """;

    private const string Settle = """
        UPDATE digest_deliveries SET parts_sent = @index + 1, uncertain_parts = uncertain_parts || to_jsonb(@index::integer),
            sending_part = NULL, sending_by = NULL, sending_since = NULL, updated_at = @now
        WHERE chat_id = @chat AND local_date = @date AND parts_sent = @index AND sending_part = @index;
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

    public async Task<bool> BeginPartAsync(long chatId, DateOnly localDate, int index, string claimant, DateTimeOffset now, CancellationToken cancellationToken) =>
        await database.WriteAsync(connection => connection.Sql(BeginPart).With("chat", chatId).With("date", localDate).With("index", index)
            .With("claimant", claimant).With("now", now).RunAsync(cancellationToken), cancellationToken) == 1;

    public async Task<bool> MarkPartSentAsync(long chatId, DateOnly localDate, int index, int messageId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await database.WriteAsync(connection => connection.Sql(Advance).With("chat", chatId).With("date", localDate).With("index", index)
            .With("id", messageId).With("now", now).RunAsync(cancellationToken), cancellationToken) == 1;

    public Task WithdrawPartAsync(long chatId, DateOnly localDate, int index, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(connection => connection.Sql(Withdraw).With("chat", chatId).With("date", localDate).With("index", index)
            .With("now", now).RunAsync(cancellationToken), cancellationToken);

    public async Task<bool> SettleUncertainPartAsync(long chatId, DateOnly localDate, int index, DateTimeOffset now, CancellationToken cancellationToken) =>
        await database.WriteAsync(connection => connection.Sql(Settle).With("chat", chatId).With("date", localDate).With("index", index)
            .With("now", now).RunAsync(cancellationToken), cancellationToken) == 1;

    private static Task<PendingDigest?> ReadAsync(NpgsqlConnection connection, long chatId, DateOnly localDate, CancellationToken cancellationToken) =>
        connection.Sql(Select).With("chat", chatId).With("date", localDate).FirstOrDefaultAsync(r => new PendingDigest(
            r.GetInt64(0),
            r.GetFieldValue<DateOnly>(1),
            r.GetInstant(2),
            JsonSerializer.Deserialize<string[]>(r.GetString(3)) ?? [],
            r.GetInt32(4),
            JsonSerializer.Deserialize<int[]>(r.GetString(5)) ?? [],
            r.GetNullableInt32(6),
            r.GetNullableString(7),
            r.GetNullableInstant(8),
            JsonSerializer.Deserialize<int[]>(r.GetString(9)) ?? []), cancellationToken);
}
