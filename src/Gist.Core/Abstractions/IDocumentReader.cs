using Gist.Core.Articles;

namespace Gist.Core.Abstractions;

/// <summary>A file sent as a document (.txt, .html, .pdf) → article.</summary>
public interface IDocumentReader
{
    /// <exception cref="ArticleUnavailableException">Unsupported type, binary content, no text, or beyond the parsing budget.</exception>
    Task<Article> ReadAsync(ReadOnlyMemory<byte> content, string fileName, string? mimeType, CancellationToken cancellationToken);
}
