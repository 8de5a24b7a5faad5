namespace Gist.Media.Speech;

/// <summary>Speech → text through the configured transcription model (Llm__TranscriptionModel).</summary>
public interface ISpeechTranscriber
{
    /// <exception cref="Core.Articles.ArticleUnavailableException">The recording cannot be converted or transcribed;
    /// the message says why, in words fit for the chat.</exception>
    Task<Transcript> TranscribeAsync(SpeechInput input, CancellationToken cancellationToken);
}
