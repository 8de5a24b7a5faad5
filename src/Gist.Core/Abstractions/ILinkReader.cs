using Gist.Core.Articles;

namespace Gist.Core.Abstractions;

/// <summary>Link → article: safe fetch, decoding, main-text extraction.</summary>
public interface ILinkReader
{
    /// <exception cref="ArticleUnavailableException">The page was refused, failed, or holds no article.</exception>
    Task<Article> ReadAsync(Uri url, CancellationToken cancellationToken);
}
