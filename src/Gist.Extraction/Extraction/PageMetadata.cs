namespace Gist.Extraction.Extraction;

/// <summary>What a page says about itself in its markup (JSON-LD, Open Graph, article meta tags, &lt;time&gt;).</summary>
public sealed record PageMetadata
{
    public string? Title { get; init; }

    public string? SiteName { get; init; }

    public string? Author { get; init; }

    public DateTimeOffset? Published { get; init; }

    public string? Language { get; init; }

    public string? CanonicalUrl { get; init; }

    public string? LeadImageUrl { get; init; }

    /// <summary>The page marks its article as for subscribers only (see <see cref="Gist.Core.Articles.Article.IsPartial"/>).</summary>
    public bool IsPaywalled { get; init; }

    /// <summary>schema.org articleBody from JSON-LD, when the page publishes one.</summary>
    public string? ArticleBody { get; init; }
}
