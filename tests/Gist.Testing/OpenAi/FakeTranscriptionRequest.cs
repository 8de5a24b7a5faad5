namespace Gist.Testing.OpenAi;

/// <summary>A POST to /v1/audio/transcriptions (or Azure's deployment path) as the fake received it: the uploaded file
/// and the form fields (https://platform.openai.com/docs/api-reference/audio/createTranscription).</summary>
public sealed record FakeTranscriptionRequest(
    string Path,
    string? Deployment,
    string? Model,
    string FileName,
    string? ContentType,
    byte[] Audio,
    string ResponseFormat,
    string? Language,
    string? ApiKey)
{
    /// <summary>The container the bytes are in, from their magic number: "ogg", "wav", "mp4", "webm", "mp3", or null.</summary>
    public string? Container => Audio switch
    {
        [0x4F, 0x67, 0x67, 0x53, ..] => "ogg",
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x41, 0x56, 0x45, ..] => "wav",
        [_, _, _, _, 0x66, 0x74, 0x79, 0x70, ..] => "mp4",
        [0x1A, 0x45, 0xDF, 0xA3, ..] => "webm",
        [0x49, 0x44, 0x33, ..] or [0xFF, 0xFB or 0xF3 or 0xF2, ..] => "mp3",
        _ => null,
    };
}
