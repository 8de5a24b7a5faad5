namespace Gist.Extraction.Extraction;

/// <summary>What <see cref="ArticleExtractor"/> finds in one HTML page.</summary>
/// <param name="Text">The body text, paragraphs separated by '\n'; empty when the page holds no article.</param>
/// <param name="Language">ISO 639-1 code from the markup (html lang, og:locale, JSON-LD inLanguage), not yet checked against the text.</param>
/// <param name="IsPaywalled">The page marks the article as for subscribers only: the text may be just the free part.</param>
public sealed record ExtractedArticle(
    string Text,
    string? Title,
    string? SiteName,
    string? Author,
    DateTimeOffset? Published,
    string? Language,
    string? CanonicalUrl,
    string? LeadImageUrl,
    bool IsPaywalled = false);
