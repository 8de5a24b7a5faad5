namespace Gist.Testing.OpenAi;

/// <summary>What the fake's transcription endpoint answers: the text, and for verbose_json a language name (OpenAI
/// reports names such as "arabic") and a duration in seconds.</summary>
public sealed record FakeTranscription(string Text, string Language = "english", double Duration = 3.0);
