using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Extraction.Budgets;
using Gist.Extraction.Decoding;

namespace Gist.Extraction.Documents;

/// <summary>
/// A file sent to the bot (.txt, .html/.htm, .pdf) → article. Anything else is refused by name. Read through the
/// <see cref="ParsingGate"/>: bounded parallelism and a time budget.
/// </summary>
public sealed class DocumentReader(ArticleBuilder builder, ParsingGate gate) : IDocumentReader
{
    public Task<Article> ReadAsync(ReadOnlyMemory<byte> content, string fileName, string? mimeType, CancellationToken cancellationToken) =>
        gate.RunAsync(token => Read(content, fileName, mimeType, token), TooComplex.File, cancellationToken);

    /// <summary>The same, on the calling thread, without the gate.</summary>
    public Article Read(ReadOnlyMemory<byte> content, string fileName, string? mimeType, CancellationToken cancellationToken = default)
    {
        var kind = Kind(fileName, mimeType);
        var bytes = content.Span;
        var title = Path.GetFileNameWithoutExtension(fileName);
        try
        {
            switch (kind)
            {
                case "pdf":
                    return builder.FromPdf(bytes.ToArray(), title, null, ArticleOrigin.Document, cancellationToken);
                case "html":
                    return builder.FromHtml(TextDecoding.Decode(bytes, null, sniffMeta: true), null, ArticleOrigin.Document, cancellationToken);
                case "text":
                    if (LooksBinary(bytes))
                    {
                        throw Unsupported($"{fileName} is not a text file (it holds binary data).");
                    }

                    return builder.FromPlainText(TextDecoding.Decode(bytes, null, sniffMeta: false), title, null, ArticleOrigin.Document);
                default:
                    throw Unsupported($"I can read .txt, .html and .pdf files, not {kind}.");
            }
        }
        catch (Exception ex) when (ex is ArticleUnavailableException or OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // A damaged PDF or an HTML file PdfPig/AngleSharp cannot take: a clear refusal, not a crash.
            throw new ArticleUnavailableException(ArticleUnavailableReason.UnsupportedContent, $"{fileName} could not be read ({kind} file is damaged).", ex);
        }
    }

    private static string Kind(string fileName, string? mimeType)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var mime = mimeType?.Split(';')[0].Trim().ToLowerInvariant();
        return (extension, mime) switch
        {
            (".pdf", _) or (_, "application/pdf") => "pdf",
            (".html" or ".htm" or ".xhtml", _) or (_, "text/html" or "application/xhtml+xml") => "html",
            (".txt" or ".text" or ".md", _) or (_, "text/plain" or "text/markdown") => "text",
            _ => mime is { Length: > 0 } && mime != "application/octet-stream" ? mime : extension.Length > 0 ? $"{extension} files" : "files without a type",
        };
    }

    /// <summary>NUL bytes in the first 8 KB mean binary (or UTF-16 without BOM, which no one sends as .txt).</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        var utf16Bom = head is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];
        return !utf16Bom && head.Contains((byte)0);
    }

    private static ArticleUnavailableException Unsupported(string message) => new(ArticleUnavailableReason.UnsupportedContent, message);
}
