namespace Gist.Media.Speech;

/// <summary>What was said, as the transcription model heard it; the language and length when the endpoint reports them.</summary>
public sealed record Transcript(string Text, string ReadBy, string? Language = null, TimeSpan? Duration = null);
