using Telegram.Bot.Types;

namespace Gist.Telegram.Media;

/// <summary>The recording in a message, whichever field carries it (https://core.telegram.org/bots/api#message):
/// voice, audio, video_note, video, or a document of an audio or video type.</summary>
public sealed record Recording(string Kind, string FileId, string FileName, string? MimeType, int? Seconds, long? Size, bool IsVideo)
{
    public static Recording? Of(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message switch
        {
            { Voice: { } v } => new("voice note", v.FileId, "voice.ogg", v.MimeType ?? "audio/ogg", v.Duration, v.FileSize, false),
            { VideoNote: { } n } => new("video note", n.FileId, "video-note.mp4", "video/mp4", n.Duration, n.FileSize, true),
            { Audio: { } a } => new("audio file", a.FileId, a.FileName ?? "audio" + Extension(a.MimeType), a.MimeType, a.Duration, a.FileSize, false),
            { Video: { } d } => new("video", d.FileId, d.FileName ?? "video.mp4", d.MimeType, d.Duration, d.FileSize, true),
            { Document: { } doc } when IsType(doc.MimeType, "audio/") => new("audio file", doc.FileId, doc.FileName ?? "audio" + Extension(doc.MimeType), doc.MimeType, null, doc.FileSize, false),
            { Document: { } doc } when IsType(doc.MimeType, "video/") => new("video", doc.FileId, doc.FileName ?? "video.mp4", doc.MimeType, null, doc.FileSize, true),
            _ => null,
        };
    }

    private static bool IsType(string? mime, string prefix) => mime?.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) == true;

    private static string Extension(string? mime) => mime?.ToLowerInvariant() switch
    {
        "audio/mpeg" => ".mp3",
        "audio/ogg" => ".ogg",
        "audio/wav" or "audio/x-wav" => ".wav",
        "audio/mp4" or "audio/x-m4a" => ".m4a",
        "audio/webm" => ".webm",
        "audio/flac" => ".flac",
        _ => ".bin",
    };
}
