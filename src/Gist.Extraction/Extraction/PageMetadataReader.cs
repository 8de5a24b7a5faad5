using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Gist.Core.Articles;

namespace Gist.Extraction.Extraction;

/// <summary>
/// Reads title, outlet, author, date, language, canonical URL and lead image from the markup, preferring
/// JSON-LD (schema.org Article), then Open Graph / article:* meta (ogp.me), then plain meta and &lt;time&gt;.
/// </summary>
public static class PageMetadataReader
{
    public static PageMetadata Read(IHtmlDocument doc, Uri? pageUrl) =>
        Read(doc, pageUrl, doc.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent));

    /// <summary>Same, with the JSON-LD blocks given (when the document was parsed without script text).</summary>
    public static PageMetadata Read(IHtmlDocument doc, Uri? pageUrl, IEnumerable<string> jsonLdScripts)
    {
        var ld = JsonLdArticle.Read(jsonLdScripts) ?? new PageMetadata();
        var meta = ReadMeta(doc);

        string? M(params string[] keys) => keys.Select(k => meta.GetValueOrDefault(k)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

        var canonical = Absolute(doc.QuerySelector("link[rel='canonical']")?.GetAttribute("href"), pageUrl)
            ?? Absolute(M("og:url"), pageUrl);
        var title = M("og:title", "twitter:title") ?? ld.Title ?? doc.Title;
        var published = ld.Published
            ?? MetaDates.Parse(M("article:published_time", "og:article:published_time", "datepublished", "date", "pubdate",
                "publishdate", "dc.date", "dc.date.issued", "dcterms.created", "parsely-pub-date", "sailthru.date"))
            ?? MetaDates.Parse(doc.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var language = doc.DocumentElement.GetAttribute("lang") ?? M("og:locale", "content-language", "language", "dc.language") ?? ld.Language;

        var siteName = Clean(M("og:site_name", "application-name") ?? ld.SiteName);
        return ld with
        {
            Title = WithoutSiteName(Clean(title), siteName),
            SiteName = siteName,
            Author = Clean(ld.Author ?? M("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl")),
            Published = published,
            Language = LanguageCode(language),
            CanonicalUrl = (canonical ?? pageUrl?.AbsoluteUri) is { } address ? TrackingParameters.Strip(address) : null,
            LeadImageUrl = Absolute(M("og:image", "og:image:url", "twitter:image") ?? ld.LeadImageUrl, pageUrl),
            // Open Graph's article:content_tier: "free", "locked" or "metered" (metered pages show the whole text).
            IsPaywalled = ld.IsPaywalled || string.Equals(M("article:content_tier")?.Trim(), "locked", StringComparison.OrdinalIgnoreCase),
        };
    }

    /// <summary>
    /// "Headline | Outlet", "Headline - Outlet", "Headline_Outlet" (the &lt;title&gt; of many sites, Chinese ones with
    /// "_") → "Headline", only when the suffix is the page's own outlet name: the reply names the outlet apart.
    /// </summary>
    public static string? WithoutSiteName(string? title, string? siteName)
    {
        if (title is null || string.IsNullOrEmpty(siteName) || !title.EndsWith(siteName, StringComparison.OrdinalIgnoreCase))
        {
            return title;
        }

        var head = title[..^siteName.Length].TrimEnd();
        var trimmed = head.TrimEnd('|', '-', '–', '—', '_', ':', '·', '•', '/').TrimEnd();
        // Only when a separator was actually there, and something is left of the headline.
        return trimmed.Length < head.Length && trimmed.Length > 0 ? trimmed : title;
    }

    /// <summary>"ar-EG", "ar_EG", "AR" → "ar" (ISO 639-1); anything else → null.</summary>
    public static string? LanguageCode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var code = value.Trim().Split('-', '_', ',', ';')[0].ToLowerInvariant();
        return code.Length is 2 && code.All(char.IsAsciiLetterLower) ? code : null;
    }

    private static Dictionary<string, string> ReadMeta(IHtmlDocument doc)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in doc.QuerySelectorAll("meta[content]"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop") ?? element.GetAttribute("http-equiv");
            var content = element.GetAttribute("content");
            if (key is not null && !string.IsNullOrWhiteSpace(content))
            {
                meta.TryAdd(key.Trim(), content.Trim());
            }
        }

        return meta;
    }

    private static string? Absolute(string? href, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        if (Uri.TryCreate(href.Trim(), UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.AbsoluteUri;
        }

        // Only http and https may come from a page: a canonical "tg://proxy?…" must not become the reply's Source link.
        return baseUrl is not null && Uri.TryCreate(baseUrl, href.Trim(), out var resolved) && resolved.Scheme is "http" or "https" ? resolved.AbsoluteUri : null;
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var cleaned = TextCleaner.Clean(value.Replace('\n', ' '));
        return cleaned.Length == 0 ? null : cleaned;
    }
}
