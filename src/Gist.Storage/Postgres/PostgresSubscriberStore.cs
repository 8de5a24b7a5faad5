using Gist.Core.Digests;
using Gist.Core.Storage;
using Npgsql;

namespace Gist.Storage.Postgres;

/// <summary>Digest settings, scheduler claims and the digests-sent record in PostgreSQL, shared by every instance.</summary>
public sealed class PostgresSubscriberStore(PostgresDatabase database, TimeProvider time) : ISubscriberStore
{
    private const string Columns = "chat_id, time_zone, digest_time, next_digest_at, last_digest_through, paused_reason, include_reading";

    // SKIP LOCKED: two instances claiming at once take different subscribers instead of waiting for each other.
    private const string Claim = $"""
        UPDATE subscribers SET claimed_until = @lease, claimed_by = @claimant
        WHERE chat_id IN (
            SELECT chat_id FROM subscribers
            WHERE next_digest_at <= @now AND paused_reason IS NULL AND (claimed_until IS NULL OR claimed_until <= @now)
            ORDER BY next_digest_at LIMIT @max
            FOR UPDATE SKIP LOCKED)
        RETURNING {Columns};
        """;

    private const string Reading = """
        SELECT a.id,
            COALESCE((SELECT h.headline FROM article_headlines h WHERE h.article_id = a.id ORDER BY h.language = 'en' DESC, h.created_at LIMIT 1), a.title),
            a.source, a.url, MIN(m.created_at) AS read_at
        FROM message_articles m JOIN articles a ON a.id = m.article_id
        WHERE m.chat_id = @chat AND m.created_at >= @since AND m.created_at < @until AND a.origin <> 'Feed'
        GROUP BY a.id ORDER BY read_at;
        """;

    public Task<Subscriber?> GetAsync(long chatId, CancellationToken cancellationToken) =>
        database.ReadAsync(connection => connection.Sql($"SELECT {Columns} FROM subscribers WHERE chat_id = @chat;").With("chat", chatId)
            .FirstOrDefaultAsync(Read, cancellationToken), cancellationToken);

    public Task SaveAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        DateTimeOffset now = time.GetUtcNow();
        return database.WriteAsync(connection => connection.Sql("""
            INSERT INTO subscribers (chat_id, time_zone, digest_time, next_digest_at, last_digest_through, paused_reason, include_reading, updated_at)
            VALUES (@chat, @zone, @time, @next, @through::timestamptz, @paused, @reading, @now)
            ON CONFLICT (chat_id) DO UPDATE SET time_zone = excluded.time_zone, digest_time = excluded.digest_time,
                next_digest_at = excluded.next_digest_at, last_digest_through = excluded.last_digest_through,
                paused_reason = excluded.paused_reason, include_reading = excluded.include_reading, updated_at = excluded.updated_at;
            """).With("chat", subscriber.ChatId).With("zone", subscriber.TimeZoneId)
            .With("time", new TimeOnly(subscriber.DigestTime.Hour, subscriber.DigestTime.Minute))
            .With("next", subscriber.NextDigestAt).With("through", subscriber.LastDigestThrough).With("paused", subscriber.PausedReason)
            .With("reading", subscriber.IncludeReading).With("now", now).RunAsync(cancellationToken), cancellationToken);
    }

    public async Task<IReadOnlyList<Subscriber>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int max, string claimant, CancellationToken cancellationToken) =>
        await database.WriteAsync(connection => connection.Sql(Claim).With("now", now).With("lease", leaseUntil).With("max", max)
            .With("claimant", claimant).ListAsync(Read, cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<long>> RenewClaimsAsync(string claimant, IReadOnlyCollection<long> chatIds, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chatIds);
        if (chatIds.Count == 0)
        {
            return [];
        }

        // claimed_until is NULL once released; claimed_by is another's once the claim expired and was taken.
        return await database.WriteAsync(connection => connection.Sql("""
            UPDATE subscribers SET claimed_until = @lease
            WHERE chat_id = ANY(@chats) AND claimed_by = @claimant AND claimed_until IS NOT NULL
            RETURNING chat_id;
            """).With("lease", leaseUntil).With("chats", chatIds.ToArray()).With("claimant", claimant)
            .ListAsync(r => r.GetInt64(0), cancellationToken), cancellationToken);
    }

    public Task<SentDigest?> GetSentAsync(long chatId, DateOnly localDate, CancellationToken cancellationToken) =>
        database.ReadAsync(connection => connection.Sql("""
            SELECT chat_id, local_date, messages, uncertain_parts, sent_at FROM digests WHERE chat_id = @chat AND local_date = @date;
            """).With("chat", chatId).With("date", localDate).FirstOrDefaultAsync(
                r => new SentDigest(r.GetInt64(0), r.GetFieldValue<DateOnly>(1), r.GetInt32(2), r.GetInt32(3), r.GetInstant(4)), cancellationToken),
            cancellationToken);

    public Task<bool> WasSentAsync(long chatId, DateOnly localDate, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection => await connection.Sql("SELECT 1 FROM digests WHERE chat_id = @chat AND local_date = @date;")
            .With("chat", chatId).With("date", localDate).ScalarAsync(cancellationToken) is not null, cancellationToken);

    public Task RecordSentAsync(long chatId, DateOnly localDate, DateTimeOffset through, int messages, DateTimeOffset nextDigestAt, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            await connection.Sql("""
                INSERT INTO digests (chat_id, local_date, items_through, messages, uncertain_parts, sent_at)
                VALUES (@chat, @date, @through, @messages,
                    COALESCE((SELECT jsonb_array_length(uncertain_parts) FROM digest_deliveries WHERE chat_id = @chat AND local_date = @date), 0), @now)
                ON CONFLICT (chat_id, local_date) DO NOTHING;
                """).With("chat", chatId).With("date", localDate).With("through", through).With("messages", messages).With("now", now)
                .RunAsync(cancellationToken);
            await connection.Sql("""
                UPDATE subscribers SET last_digest_through = @through, next_digest_at = @next, claimed_until = NULL, claimed_by = NULL, updated_at = @now
                WHERE chat_id = @chat;
                """).With("chat", chatId).With("through", through).With("next", nextDigestAt).With("now", now).RunAsync(cancellationToken);
            return await connection.Sql("DELETE FROM digest_deliveries WHERE chat_id = @chat AND local_date = @date;")
                .With("chat", chatId).With("date", localDate).RunAsync(cancellationToken);
        }, cancellationToken);

    public Task RescheduleAsync(long chatId, DateTimeOffset nextDigestAt, CancellationToken cancellationToken) =>
        database.WriteAsync(connection => connection.Sql("UPDATE subscribers SET next_digest_at = @next, claimed_until = NULL, claimed_by = NULL WHERE chat_id = @chat;")
            .With("chat", chatId).With("next", nextDigestAt).RunAsync(cancellationToken), cancellationToken);

    public Task PauseAsync(long chatId, string reason, CancellationToken cancellationToken) =>
        database.WriteAsync(connection => connection.Sql("UPDATE subscribers SET paused_reason = @reason, claimed_until = NULL, claimed_by = NULL WHERE chat_id = @chat;")
            .With("chat", chatId).With("reason", reason).RunAsync(cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<ReadingEntry>> GetReadingAsync(long chatId, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
        await database.ReadAsync(connection => connection.Sql(Reading).With("chat", chatId).With("since", since).With("until", until)
            .ListAsync(r => new ReadingEntry(r.GetInt64(0), r.GetNullableString(1), r.GetNullableString(2), r.GetNullableString(3), r.GetInstant(4)),
                cancellationToken), cancellationToken);

    private static Subscriber Read(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetFieldValue<TimeOnly>(2), r.GetInstant(3), r.GetNullableInstant(4), r.GetNullableString(5), r.GetBoolean(6));
}
