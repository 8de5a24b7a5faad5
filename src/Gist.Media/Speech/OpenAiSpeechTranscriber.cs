using System.ClientModel;
using Gist.Core.Articles;
using Gist.Summarization.Gate;
using Microsoft.Extensions.Logging;
using OpenAI.Audio;

namespace Gist.Media.Speech;

/// <summary>
/// Transcription through an OpenAI-compatible <c>/v1/audio/transcriptions</c> endpoint (OpenAI or Azure OpenAI
/// Whisper / gpt-4o-transcribe, faster-whisper-server, whisper.cpp's server) with the OpenAI SDK's
/// <see cref="AudioClient"/>. Formats the endpoint takes go as they are
/// (https://platform.openai.com/docs/api-reference/audio/createTranscription); videos and other formats are
/// converted by <see cref="AudioConverter"/> first. verbose_json is asked for: it reports the language and length.
/// </summary>
public sealed class OpenAiSpeechTranscriber(AudioClient client, AudioConverter converter, string model, ModelTextGate gate, ILogger<OpenAiSpeechTranscriber> logger)
    : ISpeechTranscriber
{
    private static readonly HashSet<string> Accepted = new(StringComparer.OrdinalIgnoreCase)
    {
        ".flac", ".mp3", ".mp4", ".mpeg", ".mpga", ".m4a", ".ogg", ".wav", ".webm",
    };

    public async Task<Transcript> TranscribeAsync(SpeechInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (content, fileName) = input.IsVideo || !Accepted.Contains(Path.GetExtension(input.FileName))
            ? (await converter.ToOggOpusAsync(input, cancellationToken), Path.GetFileNameWithoutExtension(input.FileName) + ".ogg")
            : (input.Content.ToArray(), input.FileName);
        try
        {
            using var audio = new MemoryStream(content, writable: false);
            var result = await client.TranscribeAudioAsync(audio, fileName,
                new AudioTranscriptionOptions { ResponseFormat = AudioTranscriptionFormat.Verbose }, cancellationToken);
            var transcription = result.Value;
            // A transcript is model text (ModelTextGate): no invisible or bidi controls, no address passed on as a link.
            return new Transcript(gate.Clean(transcription.Text, ModelTextSource.None).Trim(), $"the transcription model {model}", transcription.Language, transcription.Duration);
        }
        catch (ClientResultException ex)
        {
            logger.LogWarning(ex, "The transcription endpoint refused {File} (HTTP {Status})", fileName, ex.Status);
            throw new ArticleUnavailableException(ex.Status is 408 or 429 or >= 500 ? ArticleUnavailableReason.NetworkError : ArticleUnavailableReason.UnsupportedContent,
                $"The transcription service could not transcribe {input.FileName} (HTTP {ex.Status}). Try again later.", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new ArticleUnavailableException(ArticleUnavailableReason.NetworkError, "The transcription service could not be reached. Try again later.", ex);
        }
    }
}
