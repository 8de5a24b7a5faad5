namespace Gist.Storage.Migrations;

/// <summary>Versions 20-29: more of what is known about a stored article.</summary>
internal static class ArticleSchema
{
    /// <summary>Version 20: whether the page said its full text is for subscribers (Article.IsPartial).</summary>
    public static Migration PartialFlag { get; } = new(20, "articles: partial (paywalled) flag", """
        ALTER TABLE articles ADD COLUMN partial INTEGER NOT NULL DEFAULT 0;
        """);

    /// <summary>Version 31: how the bot read a text it read itself, from an image, a scan or a recording (Article.ReadingNote).</summary>
    public static Migration ReadingNote { get; } = new(31, "articles: reading note (OCR, vision model, transcription)", """
        ALTER TABLE articles ADD COLUMN reading_note TEXT;
        """);

    /// <summary>
    /// Version 32: the summary's headline per answer language (the translation's title, "your reading" in the digest)
    /// and the first message of each translation posted in a chat (a second press of the button points to it).
    /// </summary>
    public static Migration RepliesAboutArticles { get; } = new(32, "article headlines and translation messages", """
        CREATE TABLE article_headlines (
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            language TEXT NOT NULL,
            headline TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (article_id, language)
        );
        CREATE TABLE article_translations (
            chat_id INTEGER NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            language TEXT NOT NULL,
            message_id INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (chat_id, article_id, language)
        );
        """);
}
