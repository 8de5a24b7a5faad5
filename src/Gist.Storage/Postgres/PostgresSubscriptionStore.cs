using Gist.Core.Digests;
using Gist.Core.Storage;
using Npgsql;

namespace Gist.Storage.Postgres;

/// <summary>Subscriptions in PostgreSQL.</summary>
public sealed class PostgresSubscriptionStore(PostgresDatabase database) : ISubscriptionStore
{
    private const string Columns = """
        s.id, s.chat_id, s.feed_id, f.url, f.title, s.include_words, s.exclude_words, s.created_at
        FROM subscriptions s JOIN feeds f ON f.id = s.feed_id
        """;

    public Task<(Subscription Subscription, bool Created)> AddAsync(long chatId, long feedId, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            bool created = await connection.Sql("""
                INSERT INTO subscriptions (chat_id, feed_id, created_at) VALUES (@chat, @feed, @now) ON CONFLICT (chat_id, feed_id) DO NOTHING;
                """).With("chat", chatId).With("feed", feedId).With("now", now).RunAsync(cancellationToken) > 0;
            Subscription subscription = (await connection.Sql($"SELECT {Columns} WHERE s.chat_id = @chat AND s.feed_id = @feed;")
                .With("chat", chatId).With("feed", feedId).FirstOrDefaultAsync(Read, cancellationToken))!;
            return (subscription, created);
        }, cancellationToken);

    public async Task<IReadOnlyList<Subscription>> ListAsync(long chatId, CancellationToken cancellationToken) =>
        await database.ReadAsync(connection => connection.Sql($"SELECT {Columns} WHERE s.chat_id = @chat ORDER BY s.id;")
            .With("chat", chatId).ListAsync(Read, cancellationToken), cancellationToken);

    public async Task<bool> RemoveAsync(long chatId, long subscriptionId, CancellationToken cancellationToken) =>
        await database.WriteAsync(connection => connection.Sql("DELETE FROM subscriptions WHERE chat_id = @chat AND id = @id;")
            .With("chat", chatId).With("id", subscriptionId).RunAsync(cancellationToken), cancellationToken) > 0;

    public async Task<bool> SetFiltersAsync(long chatId, long subscriptionId, string includeWords, string excludeWords, CancellationToken cancellationToken) =>
        await database.WriteAsync(connection => connection.Sql("""
            UPDATE subscriptions SET include_words = @include, exclude_words = @exclude WHERE chat_id = @chat AND id = @id;
            """).With("chat", chatId).With("id", subscriptionId).With("include", includeWords ?? "").With("exclude", excludeWords ?? "")
            .RunAsync(cancellationToken), cancellationToken) > 0;

    private static Subscription Read(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetString(3), r.GetNullableString(4), r.GetString(5), r.GetString(6), r.GetInstant(7));
}
