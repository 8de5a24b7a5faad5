using Gist.Core.Articles;
using Gist.Media;
using Gist.Media.Speech;
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
/// A voice note, an audio file, a video note or a video (or such a file sent as a document): transcribed by the
/// transcription model, and the transcript, with the caption, summarized like a paste. The duration and size
/// Telegram reports are checked before download; the speaker stays unknown unless the caption names one.
/// </summary>
public sealed class SpeechMessageHandler(
    ITelegramBotClient bot,
    MediaArticleFactory articles,
    ArticleResponder responder,
    ReplySender replies,
    IOptions<MediaOptions> options,
    ILogger<SpeechMessageHandler> logger,
    ISpeechTranscriber? transcriber = null) : IInputHandler
{
    public const string NotConfigured =
        "I can't transcribe voice notes, audio or video here: no transcription model is configured. The bot's operator can "
        + "enable it by setting Llm__TranscriptionModel (e.g. whisper-1 on OpenAI, a Whisper deployment on Azure OpenAI, or the "
        + "model of a local faster-whisper or whisper.cpp server at Llm__Endpoint).";

    public HandlerDescription Description { get; } = HandlerDescription.Input(HandlerOrder.SpecialContent, costsModelCall: true);

    public bool CanHandle(UpdateContext context) => context.Message is { } message && Recording.Of(message) is not null && Addressing.IsForBot(context);

    public async Task HandleAsync(UpdateContext context, CancellationToken cancellationToken)
    {
        var recording = Recording.Of(context.Message!)!;
        if (transcriber is null)
        {
            await replies.SayAsync(NotConfigured, cancellationToken);
            return;
        }

        var settings = options.Value;
        var maxSeconds = recording.IsVideo ? settings.MaxVideoSeconds : settings.MaxAudioSeconds;
        if (recording.Seconds > maxSeconds)
        {
            await replies.SayAsync($"This {recording.Kind} is {MediaLimits.Duration(recording.Seconds.Value)} long; I transcribe "
                + $"{(recording.IsVideo ? "videos" : "recordings")} up to {MediaLimits.Duration(maxSeconds)}.", cancellationToken);
            return;
        }

        if (recording.Size > settings.MaxFileBytes)
        {
            await replies.SayAsync($"This {recording.Kind} is {MediaLimits.Megabytes(recording.Size.Value)}; I can download files up to {MediaLimits.Megabytes(settings.MaxFileBytes)}.", cancellationToken);
            return;
        }

        await replies.ShowStatusAsync($"Transcribing the {recording.Kind}…", cancellationToken);
        Transcript transcript;
        try
        {
            var content = await MediaDownload.GetAsync(bot, recording.FileId, settings.MaxFileBytes, cancellationToken);
            await using (TypingIndicator.Start(replies, logger, cancellationToken))
            {
                transcript = await transcriber.TranscribeAsync(new SpeechInput(content, recording.FileName, recording.MimeType, recording.IsVideo), cancellationToken);
            }
        }
        catch (ArticleUnavailableException ex)
        {
            await replies.SayAsync(ex.UserMessage, cancellationToken);
            return;
        }

        var note = $"🎙 Transcript of a {recording.Kind} by {transcript.ReadBy}; the quotes are checked against that transcript. The speaker is not identified"
            + (MediaArticleFactory.Caption(context).Length > 0 ? " unless the caption names them." : ".");
        var spoken = MediaArticleFactory.HasText(transcript.Text) ? transcript.Text : "";
        if (articles.Create(context, spoken, ArticleOrigin.Speech, note) is not { } article)
        {
            await replies.SayAsync($"I heard no speech to summarize in this {recording.Kind}.", cancellationToken);
            return;
        }

        await responder.RespondAsync(context, article with { Title = article.Title ?? Capitalized(recording.Kind) }, cancellationToken);
    }

    private static string Capitalized(string kind) => char.ToUpperInvariant(kind[0]) + kind[1..];
}
