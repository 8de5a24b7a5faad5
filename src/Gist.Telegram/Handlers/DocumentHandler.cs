using Gist.Rendering;
using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Input;
using Gist.Media.Images;
using Gist.Media.Pdf;
using Gist.Telegram.Articles;
using Gist.Telegram.Media;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Gist.Telegram.Handlers;

/// <summary>
/// A .txt, .html or .pdf file sent as a document: downloaded through getFile (bots may download up to 20 MB,
/// https://core.telegram.org/bots/api#getfile) and summarized like a pasted article or a page.
/// </summary>
public sealed class DocumentHandler(
    ITelegramBotClient bot,
    IDocumentReader reader,
    PastedArticleFactory factory,
    ArticleResponder responder,
    ReplySender replies,
    ScannedPdfReader scans,
    MediaArticleFactory mediaArticles,
    IOptions<TelegramOptions> options) : IInputHandler
{
    public HandlerDescription Description { get; } = HandlerDescription.Input(HandlerOrder.Content, costsModelCall: true);

    private static readonly string[] Supported = [".txt", ".text", ".html", ".htm", ".xhtml", ".pdf"];

    public bool CanHandle(UpdateContext context) => context.Message?.Document is not null && Addressing.IsForBot(context);

    public async Task HandleAsync(UpdateContext context, CancellationToken cancellationToken)
    {
        var document = context.Message!.Document!;
        var name = document.FileName ?? "file";
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!Supported.Contains(extension) && document.MimeType is not ("text/plain" or "text/html" or "application/pdf"))
        {
            var kind = extension.Length > 0 ? $"a {extension} file" : $"a file of type {document.MimeType ?? "unknown"}";
            await replies.SayAsync($"I can read .txt, .html and .pdf files; \"{name}\" is {kind}. Paste its text or send a link instead.", cancellationToken);
            return;
        }

        var max = options.Value.MaxFileBytes;
        if (document.FileSize > max)
        {
            await replies.SayAsync($"\"{name}\" is {document.FileSize / 1024.0 / 1024.0:0.#} MB; I read files up to {max / 1024.0 / 1024.0:0.#} MB.", cancellationToken);
            return;
        }

        await replies.ShowStatusAsync(StatusMessages.ReadingDocument, cancellationToken);
        using var buffer = new MemoryStream();
        var file = await bot.GetFile(document.FileId, cancellationToken);
        await bot.DownloadFile(file, buffer, cancellationToken);

        Article article;
        try
        {
            article = await reader.ReadAsync(buffer.ToArray(), name, document.MimeType, cancellationToken);
        }
        catch (ArticleUnavailableException ex) when (ex.Reason == ArticleUnavailableReason.NoArticle && IsPdf(extension, document.MimeType))
        {
            // No text layer: a scan. Its pages are read like photos.
            await ReadScanAsync(context, buffer.ToArray(), name, cancellationToken);
            return;
        }
        catch (ArticleUnavailableException ex)
        {
            await replies.SayAsync($"\"{name}\": {ex.UserMessage}", cancellationToken);
            return;
        }

        // Plain text is what people paste: it gets the same cleaning (read-also tail, tags, date and source lines).
        if (extension is ".txt" or ".text" || document.MimeType == "text/plain")
        {
            if (factory.Create(article.Text, ArticleOrigin.Document) is not { } cleaned)
            {
                await replies.SayAsync($"\"{name}\" holds no article text.", cancellationToken);
                return;
            }

            article = cleaned with { Title = cleaned.Title ?? article.Title };
        }

        await responder.RespondAsync(context, article with { Source = article.Source ?? name }, cancellationToken);
    }

    private static bool IsPdf(string extension, string? mimeType) => extension == ".pdf" || mimeType == "application/pdf";

    private async Task ReadScanAsync(UpdateContext context, byte[] pdf, string name, CancellationToken cancellationToken)
    {
        await replies.ShowStatusAsync("Reading the scanned pages…", cancellationToken);
        ImageReading reading;
        try
        {
            reading = await scans.ReadAsync(pdf, $"\"{name}\"", cancellationToken);
        }
        catch (ArticleUnavailableException ex)
        {
            await replies.SayAsync(ex.UserMessage, cancellationToken);
            return;
        }

        var note = $"📄 Text read from a scanned PDF by {reading.ReadBy}; the quotes are checked against that reading. {reading.Note}";
        if (mediaArticles.Create(context, reading.Text, ArticleOrigin.Image, note.Trim()) is not { } article)
        {
            await replies.SayAsync($"\"{name}\" is a scan, and I found no text on its pages.", cancellationToken);
            return;
        }

        await responder.RespondAsync(context, article with { Source = name, Title = article.Title ?? Path.GetFileNameWithoutExtension(name) }, cancellationToken);
    }
}
