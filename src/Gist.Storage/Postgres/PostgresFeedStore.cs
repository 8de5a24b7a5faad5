using Gist.Core.Digests;
using Gist.Core.Storage;
using Gist.Storage.Sqlite;
using Npgsql;

namespace Gist.Storage.Postgres;

/// <summary>Feeds and feed items in PostgreSQL; an item is stored once per feed under its key (guid, else link, else hash).</summary>
public sealed class PostgresFeedStore(PostgresDatabase database) : IFeedStore
{
    private const string FeedColumns = "id, url, title, site_url, etag, last_modified, next_poll_at, failures, last_error, last_polled_at";

    private const string ItemColumns = "id, feed_id, guid, link, content_hash, title, text, is_teaser, published, first_seen_at, summary_json, article_date";

    // One statement: SKIP LOCKED lets two instances claiming at once take different feeds instead of waiting for each
    // other, and a feed another instance claimed a moment ago is no longer due when its row is re-checked.
    private const string ClaimDue = """
        WITH due AS (
            SELECT id, url, title, site_url, etag, last_modified, next_poll_at, failures, last_error, last_polled_at FROM feeds
            WHERE next_poll_at <= @now AND EXISTS (SELECT 1 FROM subscriptions s WHERE s.feed_id = feeds.id)
            ORDER BY next_poll_at, id LIMIT @max
            FOR UPDATE OF feeds SKIP LOCKED)
        UPDATE feeds SET next_poll_at = @until FROM due WHERE feeds.id = due.id
        RETURNING due.id, due.url, due.title, due.site_url, due.etag, due.last_modified, due.next_poll_at, due.failures, due.last_error, due.last_polled_at;
        """;

    private const string InsertItem = """
        INSERT INTO feed_items (feed_id, guid, link, content_hash, title, text, is_teaser, published, published_utc, first_seen_at, article_date)
        VALUES (@feed, @guid, @link, @hash, @title, @text, @teaser, @published, @published_utc::timestamptz, @seen, @article_date)
        ON CONFLICT (feed_id, guid) DO NOTHING;
        """;

    public Task<FeedRecord> GetOrAddAsync(string url, string? title, string? siteUrl, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            await connection.Sql("""
                INSERT INTO feeds (url, title, site_url, next_poll_at, created_at) VALUES (@url, @title, @site, @now, @now)
                ON CONFLICT (url) DO NOTHING;
                """).With("url", url).With("title", title).With("site", siteUrl).With("now", now).RunAsync(cancellationToken);
            return (await connection.Sql($"SELECT {FeedColumns} FROM feeds WHERE url = @url;").With("url", url)
                .FirstOrDefaultAsync(ReadFeed, cancellationToken))!;
        }, cancellationToken);

    public Task<FeedRecord?> GetAsync(long feedId, CancellationToken cancellationToken) =>
        database.ReadAsync(connection => connection.Sql($"SELECT {FeedColumns} FROM feeds WHERE id = @id;").With("id", feedId)
            .FirstOrDefaultAsync(ReadFeed, cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<FeedRecord>> GetDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        await database.ReadAsync(connection => connection.Sql($"""
            SELECT {FeedColumns} FROM feeds
            WHERE next_poll_at <= @now AND EXISTS (SELECT 1 FROM subscriptions s WHERE s.feed_id = feeds.id)
            ORDER BY next_poll_at LIMIT @max;
            """).With("now", now).With("max", max).ListAsync(ReadFeed, cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<FeedRecord>> ClaimDueAsync(DateTimeOffset now, int max, DateTimeOffset claimUntil, CancellationToken cancellationToken)
    {
        List<FeedRecord> claimed = await database.WriteAsync(connection => connection.Sql(ClaimDue)
            .With("now", now).With("max", max).With("until", claimUntil).ListAsync(ReadFeed, cancellationToken), cancellationToken);
        return [.. claimed.OrderBy(f => f.NextPollAt).ThenBy(f => f.Id)];
    }

    public Task UpdateAsync(FeedRecord feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return database.WriteAsync(connection => connection.Sql("""
            UPDATE feeds SET title = @title, site_url = @site, etag = @etag, last_modified = @modified, next_poll_at = @next,
                failures = @failures, last_error = @error, last_polled_at = @polled::timestamptz
            WHERE id = @id;
            """).With("id", feed.Id).With("title", feed.Title).With("site", feed.SiteUrl).With("etag", feed.ETag)
            .With("modified", feed.LastModified).With("next", feed.NextPollAt).With("failures", feed.Failures)
            .With("error", feed.LastError).With("polled", feed.LastPolledAt).RunAsync(cancellationToken), cancellationToken);
    }

    public Task<int> AddItemsAsync(long feedId, IReadOnlyList<NewFeedItem> items, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        return database.WriteAsync(async connection =>
        {
            int added = 0;
            foreach (NewFeedItem item in items)
            {
                added += await connection.Sql(InsertItem)
                    .With("feed", feedId).With("guid", item.ItemKey).With("link", item.Link).With("hash", item.ContentHash)
                    .With("title", item.Title).With("text", item.Text).With("teaser", item.IsTeaser)
                    .With("published", SqliteText.DateWithOffset(item.Published)).With("published_utc", item.Published)
                    .With("seen", seenAt).With("article_date", SqliteText.DateWithOffset(item.ArticleDate))
                    .RunAsync(cancellationToken);
            }

            return added;
        }, cancellationToken);
    }

    public Task<int> UpdateChangedItemsAsync(long feedId, IReadOnlyList<NewFeedItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        return database.WriteAsync(async connection =>
        {
            int changed = 0;
            foreach (NewFeedItem item in items)
            {
                // Only a stored item whose words changed: the same key with another content hash.
                changed += await connection.Sql("""
                    UPDATE feed_items SET link = @link, content_hash = @hash, title = @title, text = @text, is_teaser = @teaser,
                        published = @published, published_utc = @published_utc::timestamptz, article_date = @article_date, summary_json = NULL
                    WHERE feed_id = @feed AND guid = @guid AND content_hash IS DISTINCT FROM @hash;
                    """)
                    .With("feed", feedId).With("guid", item.ItemKey).With("link", item.Link).With("hash", item.ContentHash)
                    .With("title", item.Title).With("text", item.Text).With("teaser", item.IsTeaser)
                    .With("published", SqliteText.DateWithOffset(item.Published)).With("published_utc", item.Published)
                    .With("article_date", SqliteText.DateWithOffset(item.ArticleDate))
                    .RunAsync(cancellationToken);
            }

            return changed;
        }, cancellationToken);
    }

    public Task<int> RemoveItemsAsync(long feedId, IReadOnlyCollection<string> itemKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(itemKeys);
        return database.WriteAsync(connection => connection.Sql("DELETE FROM feed_items WHERE feed_id = @feed AND guid = ANY(@guids);")
            .With("feed", feedId).With("guids", itemKeys.ToArray()).RunAsync(cancellationToken), cancellationToken);
    }

    public async Task<IReadOnlyList<FeedItemRecord>> GetItemsAsync(IReadOnlyCollection<long> feedIds, DateTimeOffset? seenAfter, DateTimeOffset? publishedSince, DateTimeOffset until, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedIds);
        if (feedIds.Count == 0)
        {
            return [];
        }

        return await database.ReadAsync(connection => connection.Sql($"""
            SELECT {ItemColumns} FROM feed_items
            WHERE feed_id = ANY(@feeds) AND first_seen_at <= @until
              AND (@after::timestamptz IS NULL OR first_seen_at > @after::timestamptz)
              AND (@since::timestamptz IS NULL OR COALESCE(published_utc, first_seen_at) >= @since::timestamptz)
            ORDER BY COALESCE(published_utc, first_seen_at), id;
            """).With("feeds", feedIds.ToArray()).With("until", until).With("after", seenAfter).With("since", publishedSince)
            .ListAsync(ReadItem, cancellationToken), cancellationToken);
    }

    public async Task<IReadOnlyList<FeedItemRecord>> GetLatestAsync(long feedId, int max, CancellationToken cancellationToken) =>
        await database.ReadAsync(connection => connection.Sql($"""
            SELECT {ItemColumns} FROM feed_items WHERE feed_id = @feed ORDER BY COALESCE(published_utc, first_seen_at) DESC, id DESC LIMIT @max;
            """).With("feed", feedId).With("max", max).ListAsync(ReadItem, cancellationToken), cancellationToken);

    public Task SetSummaryAsync(long itemId, string summaryJson, DateTimeOffset? articleDate, CancellationToken cancellationToken) =>
        database.WriteAsync(connection => connection.Sql("""
            UPDATE feed_items SET summary_json = @json, article_date = COALESCE(@article_date::text, article_date) WHERE id = @id;
            """).With("id", itemId).With("json", summaryJson).With("article_date", SqliteText.DateWithOffset(articleDate)).RunAsync(cancellationToken),
            cancellationToken);

    private static FeedRecord ReadFeed(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetNullableString(2), r.GetNullableString(3), r.GetNullableString(4), r.GetNullableString(5),
        r.GetInstant(6), r.GetInt32(7), r.GetNullableString(8), r.GetNullableInstant(9));

    private static FeedItemRecord ReadItem(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetNullableString(3), r.GetString(4), r.GetNullableString(5), r.GetString(6),
        r.GetBoolean(7), SqliteText.ParseDateWithOffset(r.GetNullableString(8)), r.GetInstant(9), r.GetNullableString(10),
        SqliteText.ParseDateWithOffset(r.GetNullableString(11)));
}
