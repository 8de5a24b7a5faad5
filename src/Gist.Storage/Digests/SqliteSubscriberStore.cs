using System.Globalization;
using System.Text.Json;
using Gist.Core.Digests;
using Gist.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Gist.Core.Storage;

namespace Gist.Storage.Digests;

/// <summary>Digest settings, scheduler claims and the digests-sent record in SQLite.</summary>
public sealed class SqliteSubscriberStore(SqliteDatabase database, TimeProvider time) : ISubscriberStore
{
    private const string Columns = "chat_id, time_zone, digest_time, next_digest_at, last_digest_through, paused_reason, include_reading";

    private const string Select = $"SELECT {Columns} FROM subscribers WHERE chat_id = $chat;";

    private const string Upsert = """
        INSERT INTO subscribers (chat_id, time_zone, digest_time, next_digest_at, last_digest_through, paused_reason, include_reading, updated_at)
        VALUES ($chat, $zone, $time, $next, $through, $paused, $reading, $now)
        ON CONFLICT (chat_id) DO UPDATE SET time_zone = excluded.time_zone, digest_time = excluded.digest_time,
            next_digest_at = excluded.next_digest_at, last_digest_through = excluded.last_digest_through,
            paused_reason = excluded.paused_reason, include_reading = excluded.include_reading, updated_at = excluded.updated_at;
        """;

    // One statement claims and returns: two ticks (or two processes) never claim the same subscriber.
    private const string Claim = $"""
        UPDATE subscribers SET claimed_until = $lease, claimed_by = $claimant
        WHERE chat_id IN (
            SELECT chat_id FROM subscribers
            WHERE next_digest_at <= $now AND paused_reason IS NULL AND (claimed_until IS NULL OR claimed_until <= $now)
            ORDER BY next_digest_at LIMIT $max)
        RETURNING {Columns};
        """;

    // claimed_until is NULL once released; claimed_by is another's once the claim expired and was taken.
    private const string Renew = """
        UPDATE subscribers SET claimed_until = $lease
        WHERE chat_id IN (SELECT value FROM json_each($chats)) AND claimed_by = $claimant AND claimed_until IS NOT NULL
        RETURNING chat_id;
        """;

    private const string Sent = "SELECT 1 FROM digests WHERE chat_id = $chat AND local_date = $date;";

    private const string SentRecord = "SELECT chat_id, local_date, messages, uncertain_parts, sent_at FROM digests WHERE chat_id = $chat AND local_date = $date;";

    private const string InsertDigest = """
        INSERT INTO digests (chat_id, local_date, items_through, messages, uncertain_parts, sent_at)
        VALUES ($chat, $date, $through, $messages,
            COALESCE((SELECT json_array_length(uncertain_parts) FROM digest_deliveries WHERE chat_id = $chat AND local_date = $date), 0), $now)
        ON CONFLICT (chat_id, local_date) DO NOTHING;
        """;

    private const string Advance = """
        UPDATE subscribers SET last_digest_through = $through, next_digest_at = $next, claimed_until = NULL, claimed_by = NULL, updated_at = $now
        WHERE chat_id = $chat;
        """;

    private const string Finish = "DELETE FROM digest_deliveries WHERE chat_id = $chat AND local_date = $date;";

    private const string Reschedule = "UPDATE subscribers SET next_digest_at = $next, claimed_until = NULL, claimed_by = NULL WHERE chat_id = $chat;";

    private const string Pause = "UPDATE subscribers SET paused_reason = $reason, claimed_until = NULL, claimed_by = NULL WHERE chat_id = $chat;";

    private const string Reading = """
        SELECT a.id,
            COALESCE((SELECT h.headline FROM article_headlines h WHERE h.article_id = a.id ORDER BY h.language = 'en' DESC, h.created_at LIMIT 1), a.title),
            a.source, a.url, MIN(m.created_at) AS read_at
        FROM message_articles m JOIN articles a ON a.id = m.article_id
        WHERE m.chat_id = $chat AND m.created_at >= $since AND m.created_at < $until AND a.origin <> 'Feed'
        GROUP BY a.id ORDER BY read_at;
        """;

    public Task<Subscriber?> GetAsync(long chatId, CancellationToken cancellationToken) =>
        database.ReadAsync(session =>
        {
            using SqliteDataReader reader = session.Command(Select).Bind("$chat", chatId).ExecuteReader();
            return reader.Read() ? Read(reader) : null;
        }, cancellationToken);

    public Task SaveAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        return database.WriteAsync(session => session.Command(Upsert)
            .Bind("$chat", subscriber.ChatId)
            .Bind("$zone", subscriber.TimeZoneId)
            .Bind("$time", subscriber.DigestTime.ToString("HH:mm", CultureInfo.InvariantCulture))
            .Bind("$next", SqliteText.Timestamp(subscriber.NextDigestAt))
            .Bind("$through", subscriber.LastDigestThrough is { } t ? SqliteText.Timestamp(t) : null)
            .Bind("$paused", subscriber.PausedReason)
            .Bind("$reading", subscriber.IncludeReading ? 1 : 0)
            .Bind("$now", SqliteText.Timestamp(time.GetUtcNow()))
            .ExecuteNonQuery(), cancellationToken);
    }

    public Task<IReadOnlyList<Subscriber>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int max, string claimant, CancellationToken cancellationToken) =>
        database.WriteAsync<IReadOnlyList<Subscriber>>(session =>
        {
            var claimed = new List<Subscriber>();
            using SqliteDataReader reader = session.Command(Claim).Bind("$now", SqliteText.Timestamp(now))
                .Bind("$lease", SqliteText.Timestamp(leaseUntil)).Bind("$max", max).Bind("$claimant", claimant).ExecuteReader();
            while (reader.Read())
            {
                claimed.Add(Read(reader));
            }

            return claimed;
        }, cancellationToken);

    public Task<IReadOnlyList<long>> RenewClaimsAsync(string claimant, IReadOnlyCollection<long> chatIds, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chatIds);
        return database.WriteAsync<IReadOnlyList<long>>(session =>
        {
            var renewed = new List<long>();
            using SqliteDataReader reader = session.Command(Renew).Bind("$chats", JsonSerializer.Serialize(chatIds))
                .Bind("$claimant", claimant).Bind("$lease", SqliteText.Timestamp(leaseUntil)).ExecuteReader();
            while (reader.Read())
            {
                renewed.Add(reader.GetInt64(0));
            }

            return renewed;
        }, cancellationToken);
    }

    public Task<SentDigest?> GetSentAsync(long chatId, DateOnly localDate, CancellationToken cancellationToken) =>
        database.ReadAsync(session =>
        {
            using SqliteDataReader reader = session.Command(SentRecord).Bind("$chat", chatId).Bind("$date", SqliteText.Day(localDate)).ExecuteReader();
            return reader.Read()
                ? new SentDigest(reader.GetInt64(0), SqliteText.ParseDay(reader.GetString(1)), reader.GetInt32(2), reader.GetInt32(3), DigestTime.Parse(reader.GetString(4)))
                : null;
        }, cancellationToken);

    public Task<bool> WasSentAsync(long chatId, DateOnly localDate, CancellationToken cancellationToken) =>
        database.ReadAsync(session => session.Command(Sent).Bind("$chat", chatId).Bind("$date", SqliteText.Day(localDate)).ExecuteScalar() is not null, cancellationToken);

    public Task RecordSentAsync(long chatId, DateOnly localDate, DateTimeOffset through, int messages, DateTimeOffset nextDigestAt, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(session =>
        {
            {
                session.Command(InsertDigest).Bind("$chat", chatId).Bind("$date", SqliteText.Day(localDate))
                    .Bind("$through", SqliteText.Timestamp(through)).Bind("$messages", messages).Bind("$now", SqliteText.Timestamp(now)).ExecuteNonQuery();
                session.Command(Advance).Bind("$chat", chatId).Bind("$through", SqliteText.Timestamp(through))
                    .Bind("$next", SqliteText.Timestamp(nextDigestAt)).Bind("$now", SqliteText.Timestamp(now)).ExecuteNonQuery();
                session.Command(Finish).Bind("$chat", chatId).Bind("$date", SqliteText.Day(localDate)).ExecuteNonQuery();
                return 0;
            }
        }, cancellationToken);

    public Task RescheduleAsync(long chatId, DateTimeOffset nextDigestAt, CancellationToken cancellationToken) =>
        database.WriteAsync(session => session.Command(Reschedule).Bind("$chat", chatId).Bind("$next", SqliteText.Timestamp(nextDigestAt)).ExecuteNonQuery(), cancellationToken);

    public Task PauseAsync(long chatId, string reason, CancellationToken cancellationToken) =>
        database.WriteAsync(session => session.Command(Pause).Bind("$chat", chatId).Bind("$reason", reason).ExecuteNonQuery(), cancellationToken);

    public Task<IReadOnlyList<ReadingEntry>> GetReadingAsync(long chatId, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<ReadingEntry>>(session =>
        {
            var entries = new List<ReadingEntry>();
            using SqliteDataReader reader = session.Command(Reading).Bind("$chat", chatId)
                .Bind("$since", SqliteText.Timestamp(since)).Bind("$until", SqliteText.Timestamp(until)).ExecuteReader();
            while (reader.Read())
            {
                entries.Add(new ReadingEntry(reader.GetInt64(0), reader.GetNullableString(1), reader.GetNullableString(2), reader.GetNullableString(3), DigestTime.Parse(reader.GetString(4))));
            }

            return entries;
        }, cancellationToken);

    private static Subscriber Read(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), TimeOnly.ParseExact(r.GetString(2), "HH:mm", CultureInfo.InvariantCulture),
        DigestTime.Parse(r.GetString(3)), DigestTime.ParseNullable(r.GetNullableString(4)), r.GetNullableString(5), r.GetInt64(6) != 0);
}
