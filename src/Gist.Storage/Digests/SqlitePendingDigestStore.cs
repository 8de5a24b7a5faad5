using System.Text.Json;
using Gist.Core.Digests;
using Gist.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Gist.Core.Storage;

namespace Gist.Storage.Digests;

/// <summary>Digests being delivered, in SQLite (table digest_deliveries, migration 3).</summary>
public sealed class SqlitePendingDigestStore(SqliteDatabase database) : IPendingDigestStore
{
    private const string Select = """
        SELECT chat_id, local_date, items_through, parts, parts_sent, message_ids FROM digest_deliveries
        WHERE chat_id = $chat AND local_date = $date;
        """;

    private const string Insert = """
        INSERT INTO digest_deliveries (chat_id, local_date, items_through, parts, created_at, updated_at)
        VALUES ($chat, $date, $through, $parts, $now, $now)
        ON CONFLICT (chat_id, local_date) DO NOTHING;
        """;

    // Guarded by parts_sent so a repeated call for the same message changes nothing.
    private const string Advance = """
        UPDATE digest_deliveries SET parts_sent = $index + 1, message_ids = json_insert(message_ids, '$[#]', $id), updated_at = $now
        WHERE chat_id = $chat AND local_date = $date AND parts_sent = $index;
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

    public Task MarkPartSentAsync(long chatId, DateOnly localDate, int index, int messageId, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(session => session.Command(Advance).Bind("$chat", chatId).Bind("$date", SqliteText.Day(localDate))
            .Bind("$index", index).Bind("$id", messageId).Bind("$now", SqliteText.Timestamp(now)).ExecuteNonQuery(), cancellationToken);

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
            JsonSerializer.Deserialize<int[]>(reader.GetString(5)) ?? []);
    }
}
