using Gist.Core.Digests;
using Gist.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Gist.Core.Storage;

namespace Gist.Storage.Digests;

/// <summary>Subscriptions in SQLite.</summary>
public sealed class SqliteSubscriptionStore(SqliteDatabase database) : ISubscriptionStore
{
    private const string Columns = """
        s.id, s.chat_id, s.feed_id, f.url, f.title, s.include_words, s.exclude_words, s.created_at
        FROM subscriptions s JOIN feeds f ON f.id = s.feed_id
        """;

    private const string Insert = """
        INSERT INTO subscriptions (chat_id, feed_id, created_at) VALUES ($chat, $feed, $now)
        ON CONFLICT (chat_id, feed_id) DO NOTHING;
        """;

    private const string SelectOne = $"SELECT {Columns} WHERE s.chat_id = $chat AND s.feed_id = $feed;";
    private const string SelectAll = $"SELECT {Columns} WHERE s.chat_id = $chat ORDER BY s.id;";
    private const string Delete = "DELETE FROM subscriptions WHERE chat_id = $chat AND id = $id;";
    private const string UpdateFilters = "UPDATE subscriptions SET include_words = $include, exclude_words = $exclude WHERE chat_id = $chat AND id = $id;";

    public Task<(Subscription Subscription, bool Created)> AddAsync(long chatId, long feedId, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(session =>
        {
            var created = session.Command(Insert).Bind("$chat", chatId).Bind("$feed", feedId).Bind("$now", SqliteText.Timestamp(now)).ExecuteNonQuery() > 0;
            using SqliteDataReader reader = session.Command(SelectOne).Bind("$chat", chatId).Bind("$feed", feedId).ExecuteReader();
            reader.Read();
            return (Read(reader), created);
        }, cancellationToken);

    public Task<IReadOnlyList<Subscription>> ListAsync(long chatId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<Subscription>>(session =>
        {
            var list = new List<Subscription>();
            using SqliteDataReader reader = session.Command(SelectAll).Bind("$chat", chatId).ExecuteReader();
            while (reader.Read())
            {
                list.Add(Read(reader));
            }

            return list;
        }, cancellationToken);

    public Task<bool> RemoveAsync(long chatId, long subscriptionId, CancellationToken cancellationToken) =>
        database.WriteAsync(session => session.Command(Delete).Bind("$chat", chatId).Bind("$id", subscriptionId).ExecuteNonQuery() > 0, cancellationToken);

    public Task<bool> SetFiltersAsync(long chatId, long subscriptionId, string includeWords, string excludeWords, CancellationToken cancellationToken) =>
        database.WriteAsync(session => session.Command(UpdateFilters)
            .Bind("$chat", chatId).Bind("$id", subscriptionId).Bind("$include", includeWords ?? "").Bind("$exclude", excludeWords ?? "")
            .ExecuteNonQuery() > 0, cancellationToken);

    private static Subscription Read(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetString(3), r.GetNullableString(4), r.GetString(5), r.GetString(6), DigestTime.Parse(r.GetString(7)));
}
