using Gist.Storage.Migrations;

namespace Gist.Storage.Digests;

/// <summary>Versions 30-39: what the digest knows about its sources and their items.</summary>
internal static class DigestSourceSchema
{
    /// <summary>
    /// Version 30: an item's own date (the article's date line, page metadata or JSON-LD) beside the feed's date, so
    /// stories cluster on when the event happened, not when a feed republished it.
    /// </summary>
    public static Migration ArticleDate { get; } = new(30, "feed items: the article's own date", """
        ALTER TABLE feed_items ADD COLUMN article_date TEXT;
        """);
}
