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
}
