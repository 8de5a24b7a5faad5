using Gist.Storage.Migrations;

namespace Gist.Storage.Digests;

/// <summary>Version 2: feeds, their items, subscriptions, subscribers and the digests sent.</summary>
internal static class DigestSchema
{
    public static Migration Migration { get; } = new(2, "digests: feeds, feed items, subscriptions, subscribers, digests", """
        CREATE TABLE feeds (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            url TEXT NOT NULL UNIQUE,
            title TEXT,
            site_url TEXT,
            etag TEXT,
            last_modified TEXT,
            next_poll_at TEXT NOT NULL,
            failures INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            last_polled_at TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX feeds_next_poll ON feeds (next_poll_at);

        -- An item is known to its feed by guid, by link, or by the hash of its text.
        CREATE TABLE feed_items (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
            guid TEXT NOT NULL,
            link TEXT,
            content_hash TEXT NOT NULL,
            title TEXT,
            text TEXT NOT NULL,
            is_teaser INTEGER NOT NULL DEFAULT 0,
            published TEXT,
            published_utc TEXT,
            first_seen_at TEXT NOT NULL,
            summary_json TEXT,
            UNIQUE (feed_id, guid)
        );
        CREATE INDEX feed_items_link ON feed_items (feed_id, link);
        CREATE INDEX feed_items_hash ON feed_items (feed_id, content_hash);
        CREATE INDEX feed_items_seen ON feed_items (feed_id, first_seen_at);

        CREATE TABLE subscriptions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            chat_id INTEGER NOT NULL,
            feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
            include_words TEXT NOT NULL DEFAULT '',
            exclude_words TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            UNIQUE (chat_id, feed_id)
        );
        CREATE INDEX subscriptions_feed ON subscriptions (feed_id);

        CREATE TABLE subscribers (
            chat_id INTEGER PRIMARY KEY,
            time_zone TEXT NOT NULL,
            digest_time TEXT NOT NULL,
            next_digest_at TEXT NOT NULL,
            last_digest_through TEXT,
            claimed_until TEXT,
            paused_reason TEXT,
            include_reading INTEGER NOT NULL DEFAULT 1,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX subscribers_due ON subscribers (next_digest_at);

        -- One digest per subscriber per local date: a restart neither skips nor repeats one.
        CREATE TABLE digests (
            chat_id INTEGER NOT NULL,
            local_date TEXT NOT NULL,
            items_through TEXT NOT NULL,
            messages INTEGER NOT NULL,
            sent_at TEXT NOT NULL,
            PRIMARY KEY (chat_id, local_date)
        );
        """);
}
