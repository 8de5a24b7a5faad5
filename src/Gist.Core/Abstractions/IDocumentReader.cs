using Gist.Core.Articles;

namespace Gist.Core.Abstractions;

/// <summary>A file sent as a document (.txt, .html, .pdf) → article.</summary>
public interface IDocumentReader
{
    /// <exception cref="ArticleUnavailableException">Unsupported type, binary content, or no text.</exception>
    Article Read(ReadOnlyMemory<byte> content, string fileName, string? mimeType);
}
