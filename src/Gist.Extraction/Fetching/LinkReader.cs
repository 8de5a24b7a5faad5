using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Extraction.Budgets;
using Gist.Extraction.Decoding;
using Gist.Extraction.Documents;

namespace Gist.Extraction.Fetching;

/// <summary>
/// Link → article: <see cref="PageFetcher"/>, then decoding and extraction by content type, through the
/// <see cref="ParsingGate"/> (bounded parallelism, a time budget).
/// </summary>
public sealed class LinkReader(PageFetcher fetcher, ArticleBuilder builder, ParsingGate gate) : ILinkReader
{
    public async Task<Article> ReadAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var page = await fetcher.FetchAsync(url, cancellationToken);
        var message = page.MediaType == "application/pdf" ? TooComplex.File : TooComplex.Page;
        return await gate.RunAsync(token => Build(page, token), message, cancellationToken);
    }

    private Article Build(FetchedPage page, CancellationToken cancellationToken)
    {
        try
        {
            return page.MediaType switch
            {
                "application/pdf" => builder.FromPdf(page.Body, null, page.FinalUrl, ArticleOrigin.Link, cancellationToken),
                "text/plain" => builder.FromPlainText(TextDecoding.Decode(page.Body, page.Charset, sniffMeta: false), null, page.FinalUrl, ArticleOrigin.Link),
                _ => builder.FromHtml(TextDecoding.Decode(page.Body, page.Charset, sniffMeta: true), page.FinalUrl, ArticleOrigin.Link, cancellationToken),
            };
        }
        catch (Exception ex) when (ex is ArticleUnavailableException or OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            throw new ArticleUnavailableException(ArticleUnavailableReason.NoArticle, UserMessages.NoArticle, ex);
        }
    }
}
