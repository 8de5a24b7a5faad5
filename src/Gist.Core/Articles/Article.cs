namespace Gist.Core.Articles;

/// <summary>
/// The text the pipeline summarizes, with what is known about where it came from.
/// Text is already cleaned: no "read also" block, no tag or share lines.
/// </summary>
public sealed record Article
{
    /// <summary>The article body, paragraphs separated by '\n'.</summary>
    public required string Text { get; init; }

    public string? Title { get; init; }

    /// <summary>Outlet, site or channel name ("Reuters", "@bbcarabic", "Al Mustaqilla").</summary>
    public string? Source { get; init; }

    /// <summary>A link to the original: the page URL, or a t.me link to a forwarded channel post.</summary>
    public string? Url { get; init; }

    public string? Author { get; init; }

    public DateTimeOffset? Published { get; init; }

    /// <summary>ISO 639-1 code of the text's language when known ("ar", "fa", "ru").</summary>
    public string? Language { get; init; }

    /// <summary>How the article reached the bot.</summary>
    public ArticleOrigin Origin { get; init; } = ArticleOrigin.Pasted;

    /// <summary>
    /// The page says its full text is for subscribers (schema.org <c>isAccessibleForFree: false</c>, or
    /// <c>article:content_tier</c> "locked"), so <see cref="Text"/> may be only the part it shows to everyone.
    /// </summary>
    public bool IsPartial { get; init; }

    /// <summary>For text the bot read itself (from an image, a scan or a recording): how it was read, shown with the
    /// reply ("Text read from an image by Tesseract OCR.") so the reader knows the quotes come from that reading.</summary>
    public string? ReadingNote { get; init; }
}
