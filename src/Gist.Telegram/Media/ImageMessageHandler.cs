using Gist.Core.Articles;
using Gist.Media;
using Gist.Media.Images;
using Gist.Telegram.Articles;
using Gist.Telegram.Handlers;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Gist.Telegram.Media;

/// <summary>
/// A photo or an image file (a screenshot of an article, a photo of a printed page or a statement): its text is read
/// (OCR, or the vision model) and, with the caption, summarized like a paste; the evidence of every claim is checked
/// against that text. Sizes are checked before download (Telegram's photo sizes and file_size), the image header
/// before decoding.
/// </summary>
public sealed class ImageMessageHandler(
    ITelegramBotClient bot,
    IImageTextReader reader,
    MediaArticleFactory articles,
    LinkArticleLoader links,
    ArticleResponder responder,
    ReplySender replies,
    IOptions<MediaOptions> options,
    ILogger<ImageMessageHandler> logger) : IInputHandler
{
    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".tif", ".tiff"];

    public HandlerDescription Description { get; } = HandlerDescription.Input(HandlerOrder.SpecialContent, costsModelCall: true);

    public bool CanHandle(UpdateContext context) =>
        context.Message is { } message && (message.Photo is { Length: > 0 } || IsImageDocument(message.Document)) && Addressing.IsForBot(context);

    public static bool IsImageDocument(Document? document) =>
        document is not null && (document.MimeType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true
            || ImageExtensions.Contains(Path.GetExtension(document.FileName ?? "").ToLowerInvariant()));

    public async Task HandleAsync(UpdateContext context, CancellationToken cancellationToken)
    {
        var message = context.Message!;
        var max = options.Value.MaxFileBytes;
        var (fileId, size, name) = message.Document is { } document
            ? (document.FileId, document.FileSize, $"\"{document.FileName ?? "the image"}\"")
            : Largest(message.Photo!, max);
        if (size > max)
        {
            await replies.SayAsync($"This image is {MediaLimits.Megabytes(size.Value)}; I read images up to {MediaLimits.Megabytes(max)}.", cancellationToken);
            return;
        }

        await replies.ShowStatusAsync("Reading the text in the image…", cancellationToken);
        ImageReading reading;
        try
        {
            var content = await MediaDownload.GetAsync(bot, fileId, max, cancellationToken);
            await using (TypingIndicator.Start(replies, logger, cancellationToken))
            {
                reading = await reader.ReadAsync(content, name == "the photo" ? "The photo" : name, cancellationToken);
            }
        }
        catch (ArticleUnavailableException ex)
        {
            await replies.SayAsync(ex.UserMessage, cancellationToken);
            return;
        }

        var note = $"📷 Text read from an image by {reading.ReadBy}; the quotes are checked against that reading."
            + (reading.Note is null ? "" : " " + reading.Note);
        var textRead = MediaArticleFactory.HasText(reading.Text) ? reading.Text : "";
        if (textRead.Length == 0 && MessageLinks.Find(context) is [var url, ..])
        {
            // A news photo with a teaser and a link: the linked article is the story.
            if (await links.TryReadAsync(url, cancellationToken) is { } linked)
            {
                await responder.RespondAsync(context, linked, cancellationToken);
            }

            return;
        }

        if (articles.Create(context, textRead, ArticleOrigin.Image, note) is not { } article)
        {
            var caption = MediaArticleFactory.Caption(context).Length > 0 ? ", and its caption is too short to summarize" : "";
            var found = reading.IsEmpty ? "" : $" (only \"{Shorten(reading.Text)}\")";
            await replies.SayAsync($"I found no text to summarize in this image{found}{caption}. Send a screenshot of an article, or its text or link.", cancellationToken);
            return;
        }

        await responder.RespondAsync(context, article, cancellationToken);
    }

    /// <summary>Telegram sends a photo in several sizes, smallest first: the largest within the limit reads best.</summary>
    private static (string FileId, long? Size, string Name) Largest(PhotoSize[] sizes, long max)
    {
        var fitting = sizes.Where(s => s.FileSize is null || s.FileSize <= max).ToList();
        var chosen = fitting.Count > 0 ? fitting[^1] : sizes[^1];
        return (chosen.FileId, chosen.FileSize, "the photo");
    }

    private static string Shorten(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 40 ? flat : flat[..40] + "…";
    }
}
