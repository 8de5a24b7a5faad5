using System.Text.Json;
using Gist.Core.Digests;
using Gist.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Gist.Core.Storage;

namespace Gist.Storage.Digests;

/// <summary>Digests being delivered, in SQLite (table digest_deliveries, migrations 3 and 41).</summary>
public sealed class SqlitePendingDigestStore(SqliteDatabase database) : IPendingDigestStore
{
    private const string Select = """
        SELECT chat_id, local_date, items_through, parts, parts_sent, message_ids, sending_part, sending_by, sending_since, uncertain_parts
        FROM digest_deliveries WHERE chat_id = $chat AND local_date = $date;
        """;

    private const string Insert = """
        INSERT INTO digest_deliveries (chat_id, local_date, items_through, parts, created_at, updated_at)
        VALUES ($chat, $date, $through, $parts, $now, $now)
        ON CONFLICT (chat_id, local_date) DO NOTHING;
        """;

    // The fence: only the next message, none in progress, and only for the holder of an unexpired claim.
    private const string BeginPart = """
        UPDATE digest_deliveries SET sending_part = $index, sending_by = $claimant, sending_since = $now, updated_at = $now
        WHERE chat_id = $chat AND local_date = $date AND parts_sent = $index AND sending_part IS NULL
            AND EXISTS (SELECT 1 FROM subscribers s WHERE s.chat_id = $chat AND s.claimed_by = $claimant AND s.claimed_until > $now);
        """;

    // Guarded by parts_sent so a repeated call for the same message changes nothing.
    private const string Advance = """
        UPDATE digest_deliveries SET parts_sent = $index + 1, message_ids = json_insert(message_ids, '$[#]', $id),
            sending_part = NULL, sending_by = NULL, sending_since = NULL, updated_at = $now
        WHERE chat_id = $chat AND local_date = $date AND parts_sent = $index;
        """;

    private const string Withdraw = """
        UPDATE digest_deliveries SET sending_part = NULL, sending_by = NULL, sending_since = NULL, updated_at = $now
        WHERE chat_id = $chat AND local_date = $date AND sending_part = $index;
        """;

    private const string Settle = """
        UPDATE digest_deliveries SET parts_sent = $index + 1, uncertain_parts = json_insert(uncertain_parts, '$[#]', $index),
            sending_part = NULL, sending_by = NULL, sending_since = NULL, updated_at = $now
        WHERE chat_id = $chat AND local_date = $date AND parts_sent = $index AND sending_part = $index;
        """;

    public Task<PendingDigest?> GetAsync(long chatId, DateOnly localDate, CancellationToken cancellationToken) =>
        database.ReadAsync(session => Read(session, chatId, localDate), cancellationToken);

    public Task<PendingDigest> BeginAsync(long chatId, DateOnly localDate, DateTimeOffset through, IReadOnlyList<string> parts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return database.WriteAsync(session =>
        {
            session.Command(Insert).Bind("$chat", chatId).Bind("$date", SqliteText.Day(localDate))
                .Bind("$through", SqliteText.Timestamp(through)).Bind("$parts", JsonSerializer.Serialize(parts))
                .Bind("$now", SqliteText.Timestamp(now)).ExecuteNonQuery();
            return Read(session, chatId, localDate)!;
        }, cancellationToken);
    }

    public Task<bool> BeginPartAsync(long chatId, DateOnly localDate, int index, string claimant, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(session => Part(session, BeginPart, chatId, localDate, index, now).Bind("$claimant", claimant).ExecuteNonQuery() == 1, cancellationToken);

    public Task<bool> MarkPartSentAsync(long chatId, DateOnly localDate, int index, int messageId, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(session => Part(session, Advance, chatId, localDate, index, now).Bind("$id", messageId).ExecuteNonQuery() == 1, cancellationToken);

    public Task WithdrawPartAsync(long chatId, DateOnly localDate, int index, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(session => Part(session, Withdraw, chatId, localDate, index, now).ExecuteNonQuery(), cancellationToken);

    public Task<bool> SettleUncertainPartAsync(long chatId, DateOnly localDate, int index, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(session => Part(session, Settle, chatId, localDate, index, now).ExecuteNonQuery() == 1, cancellationToken);

    private static SqliteCommand Part(SqliteSession session, string sql, long chatId, DateOnly localDate, int index, DateTimeOffset now) =>
        session.Command(sql).Bind("$chat", chatId).Bind("$date", SqliteText.Day(localDate)).Bind("$index", index).Bind("$now", SqliteText.Timestamp(now));

    private static PendingDigest? Read(SqliteSession session, long chatId, DateOnly localDate)
    {
        using SqliteDataReader reader = session.Command(Select).Bind("$chat", chatId).Bind("$date", SqliteText.Day(localDate)).ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new PendingDigest(
            reader.GetInt64(0),
            SqliteText.ParseDay(reader.GetString(1)),
            DigestTime.Parse(reader.GetString(2)),
            JsonSerializer.Deserialize<string[]>(reader.GetString(3)) ?? [],
            reader.GetInt32(4),
            JsonSerializer.Deserialize<int[]>(reader.GetString(5)) ?? [],
            reader.GetNullableInt32(6),
            reader.GetNullableString(7),
            DigestTime.ParseNullable(reader.GetNullableString(8)),
            JsonSerializer.Deserialize<int[]>(reader.GetString(9)) ?? []);
    }
}
