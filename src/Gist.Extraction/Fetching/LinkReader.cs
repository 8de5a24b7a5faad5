using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Extraction.Decoding;
using Gist.Extraction.Documents;

namespace Gist.Extraction.Fetching;

/// <summary>Link → article: <see cref="PageFetcher"/>, then decoding and extraction by content type.</summary>
public sealed class LinkReader(PageFetcher fetcher, ArticleBuilder builder) : ILinkReader
{
    public async Task<Article> ReadAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var page = await fetcher.FetchAsync(url, cancellationToken);
        try
        {
            return page.MediaType switch
            {
                "application/pdf" => builder.FromPdf(page.Body, null, page.FinalUrl, ArticleOrigin.Link),
                "text/plain" => builder.FromPlainText(TextDecoding.Decode(page.Body, page.Charset, sniffMeta: false), null, page.FinalUrl, ArticleOrigin.Link),
                _ => builder.FromHtml(TextDecoding.Decode(page.Body, page.Charset, sniffMeta: true), page.FinalUrl, ArticleOrigin.Link),
            };
        }
        catch (ArticleUnavailableException)
        {
            throw;
        }
        catch (Exception ex)
        {
            throw new ArticleUnavailableException(ArticleUnavailableReason.NoArticle, UserMessages.NoArticle, ex);
        }
    }
}
