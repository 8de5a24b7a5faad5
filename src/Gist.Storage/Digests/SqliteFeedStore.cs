using Gist.Core.Digests;
using Gist.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Gist.Core.Storage;

namespace Gist.Storage.Digests;

/// <summary>Feeds and feed items in SQLite.</summary>
public sealed class SqliteFeedStore(SqliteDatabase database) : IFeedStore
{
    private const string FeedColumns = "id, url, title, site_url, etag, last_modified, next_poll_at, failures, last_error, last_polled_at";

    private const string ItemColumns = "id, feed_id, guid, link, content_hash, title, text, is_teaser, published, first_seen_at, summary_json, article_date";

    private const string InsertFeed = """
        INSERT INTO feeds (url, title, site_url, next_poll_at, created_at) VALUES ($url, $title, $site, $now, $now)
        ON CONFLICT (url) DO NOTHING;
        """;

    private const string SelectFeedByUrl = $"SELECT {FeedColumns} FROM feeds WHERE url = $url;";
    private const string SelectFeed = $"SELECT {FeedColumns} FROM feeds WHERE id = $id;";

    private const string SelectDue = $"""
        SELECT {FeedColumns} FROM feeds
        WHERE next_poll_at <= $now AND EXISTS (SELECT 1 FROM subscriptions s WHERE s.feed_id = feeds.id)
        ORDER BY next_poll_at, id LIMIT $max;
        """;

    private const string ClaimFeed = "UPDATE feeds SET next_poll_at = $until WHERE id = $id;";

    private const string UpdateFeed = """
        UPDATE feeds SET title = $title, site_url = $site, etag = $etag, last_modified = $modified, next_poll_at = $next,
            failures = $failures, last_error = $error, last_polled_at = $polled
        WHERE id = $id;
        """;

    private const string ItemKnown = """
        SELECT 1 FROM feed_items WHERE feed_id = $feed AND guid = $guid LIMIT 1;
        """;

    private const string InsertItem = """
        INSERT INTO feed_items (feed_id, guid, link, content_hash, title, text, is_teaser, published, published_utc, first_seen_at, article_date)
        VALUES ($feed, $guid, $link, $hash, $title, $text, $teaser, $published, $published_utc, $seen, $article_date);
        """;

    private const string SelectHash = "SELECT content_hash FROM feed_items WHERE feed_id = $feed AND guid = $guid;";

    private const string UpdateItem = """
        UPDATE feed_items SET link = $link, content_hash = $hash, title = $title, text = $text, is_teaser = $teaser,
            published = $published, published_utc = $published_utc, article_date = $article_date, summary_json = NULL
        WHERE feed_id = $feed AND guid = $guid;
        """;

    private const string DeleteItem = "DELETE FROM feed_items WHERE feed_id = $feed AND guid = $guid;";

    private const string SelectLatest = $"SELECT {ItemColumns} FROM feed_items WHERE feed_id = $feed ORDER BY COALESCE(published_utc, first_seen_at) DESC, id DESC LIMIT $max;";

    private const string SetSummary = "UPDATE feed_items SET summary_json = $json, article_date = COALESCE($article_date, article_date) WHERE id = $id;";

    public Task<FeedRecord> GetOrAddAsync(string url, string? title, string? siteUrl, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(session =>
        {
            session.Command(InsertFeed).Bind("$url", url).Bind("$title", title).Bind("$site", siteUrl).Bind("$now", SqliteText.Timestamp(now)).ExecuteNonQuery();
            using SqliteDataReader reader = session.Command(SelectFeedByUrl).Bind("$url", url).ExecuteReader();
            reader.Read();
            return ReadFeed(reader);
        }, cancellationToken);

    public Task<FeedRecord?> GetAsync(long feedId, CancellationToken cancellationToken) =>
        database.ReadAsync(session =>
        {
            using SqliteDataReader reader = session.Command(SelectFeed).Bind("$id", feedId).ExecuteReader();
            return reader.Read() ? ReadFeed(reader) : null;
        }, cancellationToken);

    public Task<IReadOnlyList<FeedRecord>> GetDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        database.ReadAsync(session => ReadDue(session, now, max), cancellationToken);

    public Task<IReadOnlyList<FeedRecord>> ClaimDueAsync(DateTimeOffset now, int max, DateTimeOffset claimUntil, CancellationToken cancellationToken) =>
        // Read and moved in one write transaction (BEGIN IMMEDIATE), so another process's claim waits and then sees them not due.
        database.WriteAsync(session =>
        {
            IReadOnlyList<FeedRecord> due = ReadDue(session, now, max);
            foreach (FeedRecord feed in due)
            {
                session.Command(ClaimFeed).Bind("$id", feed.Id).Bind("$until", SqliteText.Timestamp(claimUntil)).ExecuteNonQuery();
            }

            return due;
        }, cancellationToken);

    private static IReadOnlyList<FeedRecord> ReadDue(SqliteSession session, DateTimeOffset now, int max)
    {
        var feeds = new List<FeedRecord>();
        using SqliteDataReader reader = session.Command(SelectDue).Bind("$now", SqliteText.Timestamp(now)).Bind("$max", max).ExecuteReader();
        while (reader.Read())
        {
            feeds.Add(ReadFeed(reader));
        }

        return feeds;
    }

    public Task UpdateAsync(FeedRecord feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return database.WriteAsync(session => session.Command(UpdateFeed)
            .Bind("$id", feed.Id)
            .Bind("$title", feed.Title)
            .Bind("$site", feed.SiteUrl)
            .Bind("$etag", feed.ETag)
            .Bind("$modified", feed.LastModified)
            .Bind("$next", SqliteText.Timestamp(feed.NextPollAt))
            .Bind("$failures", feed.Failures)
            .Bind("$error", feed.LastError)
            .Bind("$polled", feed.LastPolledAt is { } p ? SqliteText.Timestamp(p) : null)
            .ExecuteNonQuery(), cancellationToken);
    }

    public Task<int> AddItemsAsync(long feedId, IReadOnlyList<NewFeedItem> items, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var seen = SqliteText.Timestamp(seenAt);
        return database.WriteAsync(session =>
        {
            {
                var added = 0;
                foreach (var item in items)
                {
                    var known = session.Command(ItemKnown).Bind("$feed", feedId).Bind("$guid", item.ItemKey).ExecuteScalar();
                    if (known is not null)
                    {
                        continue;
                    }

                    session.Command(InsertItem)
                        .Bind("$feed", feedId).Bind("$guid", item.ItemKey).Bind("$link", item.Link).Bind("$hash", item.ContentHash)
                        .Bind("$title", item.Title).Bind("$text", item.Text).Bind("$teaser", item.IsTeaser ? 1 : 0)
                        .Bind("$published", SqliteText.DateWithOffset(item.Published))
                        .Bind("$published_utc", item.Published is { } p ? SqliteText.Timestamp(p) : null)
                        .Bind("$seen", seen)
                        .Bind("$article_date", SqliteText.DateWithOffset(item.ArticleDate))
                        .ExecuteNonQuery();
                    added++;
                }

                return added;
            }
        }, cancellationToken);
    }

    public Task<int> UpdateChangedItemsAsync(long feedId, IReadOnlyList<NewFeedItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        return database.WriteAsync(session =>
        {
            var changed = 0;
            foreach (var item in items)
            {
                if (session.Command(SelectHash).Bind("$feed", feedId).Bind("$guid", item.ItemKey).ExecuteScalar() is not string hash || hash == item.ContentHash)
                {
                    continue;
                }

                changed += session.Command(UpdateItem)
                    .Bind("$feed", feedId).Bind("$guid", item.ItemKey).Bind("$link", item.Link).Bind("$hash", item.ContentHash)
                    .Bind("$title", item.Title).Bind("$text", item.Text).Bind("$teaser", item.IsTeaser ? 1 : 0)
                    .Bind("$published", SqliteText.DateWithOffset(item.Published))
                    .Bind("$published_utc", item.Published is { } p ? SqliteText.Timestamp(p) : null)
                    .Bind("$article_date", SqliteText.DateWithOffset(item.ArticleDate))
                    .ExecuteNonQuery();
            }

            return changed;
        }, cancellationToken);
    }

    public Task<int> RemoveItemsAsync(long feedId, IReadOnlyCollection<string> itemKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(itemKeys);
        return database.WriteAsync(session => itemKeys.Sum(key => session.Command(DeleteItem).Bind("$feed", feedId).Bind("$guid", key).ExecuteNonQuery()), cancellationToken);
    }

    public Task<IReadOnlyList<FeedItemRecord>> GetItemsAsync(IReadOnlyCollection<long> feedIds, DateTimeOffset? seenAfter, DateTimeOffset? publishedSince, DateTimeOffset until, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedIds);
        if (feedIds.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<FeedItemRecord>>([]);
        }

        // Ids are numbers we hold, never user text, so they go into the IN list directly.
        var ids = string.Join(',', feedIds.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var sql = $"""
            SELECT {ItemColumns} FROM feed_items
            WHERE feed_id IN ({ids}) AND first_seen_at <= $until
              AND ($after IS NULL OR first_seen_at > $after)
              AND ($since IS NULL OR COALESCE(published_utc, first_seen_at) >= $since)
            ORDER BY COALESCE(published_utc, first_seen_at), id;
            """;
        return database.ReadAsync<IReadOnlyList<FeedItemRecord>>(session =>
        {
            var items = new List<FeedItemRecord>();
            using var command = session.Connection.CreateCommand();
            command.CommandText = sql;
            command.Bind("$until", SqliteText.Timestamp(until))
                .Bind("$after", seenAfter is { } a ? SqliteText.Timestamp(a) : null)
                .Bind("$since", publishedSince is { } s ? SqliteText.Timestamp(s) : null);
            using SqliteDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                items.Add(ReadItem(reader));
            }

            return items;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<FeedItemRecord>> GetLatestAsync(long feedId, int max, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<FeedItemRecord>>(session =>
        {
            var items = new List<FeedItemRecord>();
            using SqliteDataReader reader = session.Command(SelectLatest).Bind("$feed", feedId).Bind("$max", max).ExecuteReader();
            while (reader.Read())
            {
                items.Add(ReadItem(reader));
            }

            return items;
        }, cancellationToken);

    public Task SetSummaryAsync(long itemId, string summaryJson, DateTimeOffset? articleDate, CancellationToken cancellationToken) =>
        database.WriteAsync(session => session.Command(SetSummary).Bind("$id", itemId).Bind("$json", summaryJson)
            .Bind("$article_date", SqliteText.DateWithOffset(articleDate)).ExecuteNonQuery(), cancellationToken);

    private static FeedRecord ReadFeed(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetNullableString(2), r.GetNullableString(3), r.GetNullableString(4), r.GetNullableString(5),
        DigestTime.Parse(r.GetString(6)), r.GetInt32(7), r.GetNullableString(8), r.IsDBNull(9) ? null : DigestTime.Parse(r.GetString(9)));

    private static FeedItemRecord ReadItem(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetNullableString(3), r.GetString(4), r.GetNullableString(5), r.GetString(6),
        r.GetInt64(7) != 0, SqliteText.ParseDateWithOffset(r.GetNullableString(8)), DigestTime.Parse(r.GetString(9)), r.GetNullableString(10),
        SqliteText.ParseDateWithOffset(r.GetNullableString(11)));
}
