namespace Gist.Storage.Migrations;

/// <summary>
/// Version 1. Only portable column types (INTEGER as 64-bit, TEXT) and ISO 8601 text for times, so the same
/// tables can be declared in PostgreSQL (BIGINT, TEXT, identity) behind the same interfaces.
/// </summary>
internal static class InitialSchema
{
    public static Migration Migration { get; } = new(1, "inbox, results, articles, chat settings, usage", """
        -- The durable inbox, keyed by the Bot API's Update.update_id.
        CREATE TABLE inbox (
            update_id INTEGER PRIMARY KEY,
            chat_id INTEGER NOT NULL,
            json TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('pending', 'in_progress', 'done', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            placeholder_message_id INTEGER,
            error TEXT,
            received_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        -- Per chat: its oldest pending update, and whether it has one in progress.
        CREATE INDEX inbox_state_chat ON inbox (state, chat_id, update_id);
        -- All chats: pending updates oldest first.
        CREATE INDEX inbox_state_update ON inbox (state, update_id);

        -- One row: the highest update_id ever stored (polling resumes after it even when rows are pruned) and
        -- the highest pruned one (a redelivery of a pruned update is still recognised as answered).
        CREATE TABLE inbox_watermark (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            max_update_id INTEGER,
            pruned_through_update_id INTEGER
        );
        INSERT INTO inbox_watermark (id) VALUES (1);

        -- Model results by content hash + prompt version + model + language.
        CREATE TABLE results (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            created_at TEXT NOT NULL
        );

        CREATE TABLE articles (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            content_hash TEXT NOT NULL UNIQUE,
            text TEXT NOT NULL,
            title TEXT,
            source TEXT,
            url TEXT,
            author TEXT,
            published TEXT,
            language TEXT,
            origin TEXT NOT NULL,
            created_at TEXT NOT NULL
        );

        -- The article behind a bot message (Message.message_id is unique within its chat only).
        CREATE TABLE message_articles (
            chat_id INTEGER NOT NULL,
            message_id INTEGER NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            PRIMARY KEY (chat_id, message_id)
        );
        CREATE INDEX message_articles_article ON message_articles (article_id);

        CREATE TABLE chat_settings (
            chat_id INTEGER PRIMARY KEY,
            output_language TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );

        -- Model calls per user per UTC day, for quotas and /stats.
        CREATE TABLE usage (
            user_id INTEGER NOT NULL,
            day TEXT NOT NULL,
            model_calls INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (user_id, day)
        );
        CREATE INDEX usage_day ON usage (day);
        """);
}
