using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Extraction.Budgets;
using Gist.Extraction.Decoding;
using Gist.Extraction.Extraction;
using Microsoft.Extensions.Options;

namespace Gist.Extraction.Documents;

/// <summary>Turns decoded content (HTML, plain text, PDF) into an <see cref="Article"/>; shared by links and documents.</summary>
public sealed class ArticleBuilder(ArticleExtractor extractor, ILanguageDetector languageDetector, IOptions<ParsingOptions> parsing)
{
    public Article FromHtml(string html, Uri? url, ArticleOrigin origin, CancellationToken cancellationToken = default)
    {
        var page = extractor.Extract(html, url, cancellationToken);
        var host = url?.Host;
        return Finish(new Article
        {
            Text = page.Text,
            Title = page.Title,
            Source = page.SiteName ?? (host is null ? null : host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host),
            Url = page.CanonicalUrl ?? url?.AbsoluteUri,
            Author = page.Author,
            Published = page.Published,
            Origin = origin,
            IsPartial = page.IsPaywalled,
        }, page.Language);
    }

    public Article FromPlainText(string text, string? title, Uri? url, ArticleOrigin origin) =>
        Finish(new Article { Text = TextCleaner.Clean(text), Title = title, Url = url?.AbsoluteUri, Source = url?.Host, Origin = origin }, null);

    public Article FromPdf(byte[] pdf, string? fallbackTitle, Uri? url, ArticleOrigin origin, CancellationToken cancellationToken = default)
    {
        var (text, title, created, partial) = PdfText.Read(pdf, parsing.Value, cancellationToken);
        return Finish(new Article
        {
            Text = TextCleaner.Clean(text),
            Title = title ?? fallbackTitle,
            Published = created,
            Url = url?.AbsoluteUri,
            Source = url?.Host,
            Origin = origin,
            IsPartial = partial,
        }, null);
    }

    public static string DecodeHtml(ReadOnlySpan<byte> bytes, string? charset) => TextDecoding.Decode(bytes, charset, sniffMeta: true);

    /// <summary>
    /// Refuses an empty result, and sets the language: the markup's claim when the text agrees with it (sites
    /// often leave a template's lang="en" on Arabic pages), otherwise what the text itself is.
    /// </summary>
    private Article Finish(Article article, string? markupLanguage)
    {
        if (string.IsNullOrWhiteSpace(article.Text))
        {
            throw new ArticleUnavailableException(ArticleUnavailableReason.NoArticle, Fetching.UserMessages.NoArticle);
        }

        var detected = languageDetector.Detect(article.Text);
        return article with { Language = detected ?? markupLanguage };
    }
}
