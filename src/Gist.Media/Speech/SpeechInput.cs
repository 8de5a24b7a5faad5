namespace Gist.Media.Speech;

/// <summary>A recording to transcribe: its bytes, a file name (for its extension), the MIME type Telegram gave, and
/// whether it is a video (whose sound track is taken out first).</summary>
public sealed record SpeechInput(ReadOnlyMemory<byte> Content, string FileName, string? MimeType, bool IsVideo);
