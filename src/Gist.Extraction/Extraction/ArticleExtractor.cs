using AngleSharp.Html.Dom;
using Gist.Extraction.Budgets;
using Gist.Extraction.Extraction.Search;
using Microsoft.Extensions.Options;
using SmartReader;

namespace Gist.Extraction.Extraction;

/// <summary>
/// HTML page → article body and metadata. <see cref="Search.CountedArticleSearch"/> (Readability's scoring over counts
/// made once per node; SmartReader, a port of Mozilla Readability, when it finds too little) picks the article
/// container; <see cref="DomCleaner"/> first removes what Readability lets through, and
/// <see cref="BlockTextWriter"/> keeps paragraphs apart. Thread-safe: every call parses its own document.
/// Markup beyond the <see cref="MarkupBudget"/> is refused before it is parsed: the parser and Readability's
/// scoring cost grows with the square of nesting and of element count.
/// </summary>
public sealed class ArticleExtractor
{
    private readonly MarkupBudget budget;
    private readonly GeneralRules rules;
    private readonly ArticleSearch search;

    public ArticleExtractor()
        : this(Options.Create(new ParsingOptions()))
    {
    }

    /// <param name="rules">The general cleaning rules to apply (all by default; the benchmark turns them off one by one).</param>
    public ArticleExtractor(GeneralRules rules)
        : this(Options.Create(new ParsingOptions()), rules)
    {
    }

    /// <param name="search">How the article's container is found (<see cref="ArticleSearch.CountedScores"/> in the product).</param>
    public ArticleExtractor(ArticleSearch search)
        : this(Options.Create(new ParsingOptions()), GeneralRules.All, search)
    {
    }

    public ArticleExtractor(IOptions<ParsingOptions> options, GeneralRules rules = GeneralRules.All, ArticleSearch search = ArticleSearch.CountedScores)
    {
        budget = new MarkupBudget(options);
        this.rules = rules;
        this.search = search;
    }

    private static readonly Uri PlaceholderUrl = new("https://article.invalid/");

    static ArticleExtractor()
    {
        // SmartReader's Article serialises the chosen container back to HTML (Content) and converts it to text
        // (TextContent) in its constructor. Gist reads neither: the body comes from BlockTextWriter over the same
        // container. Both hooks are process-wide statics and only this class uses SmartReader, so the HTML
        // serialisation is switched off and the text conversion is ours (one pass instead of two).
        Article.Serializer = _ => string.Empty;
        Article.Converter = BlockTextWriter.Write;
    }

    /// <exception cref="Core.Articles.ArticleUnavailableException">The markup is beyond the budget (reason TooComplex).</exception>
    public ExtractedArticle Extract(string html, Uri? url = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        budget.Check(html, TooComplex.Page);
        var doc = PageParser.Parse(html);
        cancellationToken.ThrowIfCancellationRequested();
        DomDepthLimiter.Flatten(doc);
        var metadata = PageMetadataReader.Read(doc, url, JsonLdScripts.Find(html));
        DomCleaner.Clean(doc, rules);
        cancellationToken.ThrowIfCancellationRequested();

        string? readerTitle = null;
        string? readerByline = null;
        var body = (search == ArticleSearch.CountedScores && doc.Body is { } pageBody ? CountedArticleSearch.Find(pageBody) : null)
            ?? ReadBody(doc, url ?? PlaceholderUrl, out readerTitle, out readerByline);
        // The counted search reads no title of its own: the page's <title>, less its site name, stands in.
        readerTitle ??= search == ArticleSearch.CountedScores ? DocumentTitle.Of(doc) : null;
        body = JsonLdBody.Choose(body, metadata.ArticleBody);
        body = BoilerplateLines.Remove(body);
        body = EchoLines.Remove(body, metadata.Title ?? readerTitle, metadata.CanonicalUrl, url?.AbsoluteUri);
        body = rules.HasFlag(GeneralRules.LabelLines) ? LabelLines.Remove(body) : body;
        body = rules.HasFlag(GeneralRules.ExcerptLists) ? ExcerptLists.Remove(body) : body;
        body = TrailingFurniture.Trim(body);
        if (rules.HasFlag(GeneralRules.AfterTheEnd))
        {
            // The after-the-end blocks often sit under a trailing heading or "Learn more": trim both again.
            body = TrailingFurniture.Trim(AfterTheEnd.Trim(body));
        }

        return new ExtractedArticle(
            body,
            metadata.Title ?? NullIfBlank(readerTitle),
            metadata.SiteName,
            metadata.Author ?? NullIfBlank(readerByline),
            metadata.Published,
            metadata.Language,
            metadata.CanonicalUrl,
            metadata.LeadImageUrl,
            metadata.IsPaywalled);
    }

    private static string ReadBody(IHtmlDocument doc, Uri url, out string? title, out string? byline)
    {
        var reader = new Reader(url.AbsoluteUri, doc) { DisableJSONLD = true };
        var article = reader.GetArticle();
        title = article.Title;
        byline = article.Byline ?? article.Author;
        return article.TextContent ?? string.Empty;
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
