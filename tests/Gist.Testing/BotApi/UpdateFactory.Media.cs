using System.Text.Json.Nodes;

namespace Gist.Testing.BotApi;

/// <summary>Photos, voice notes, audio, video notes and videos as Telegram sends them
/// (https://core.telegram.org/bots/api#message); the bytes are registered so getFile and the download route serve them.</summary>
public sealed partial class UpdateFactory
{
    /// <summary>A photo (one size: the bytes given, <paramref name="width"/> × <paramref name="height"/>).
    /// <paramref name="declaredSize"/> replaces the real size in the update's file_size (a limit test).</summary>
    public EnqueuedUpdate EnqueuePhoto(FakeUser from, byte[] content, int width, int height, string? caption = null,
        FakeForwardOrigin? forwardOrigin = null, long? declaredSize = null, FakeChat? chat = null)
    {
        var file = State.RegisterFile(content, "photo.jpg", "image/jpeg");
        return EnqueueFile(from, chat, file, caption, message =>
        {
            message["photo"] = new JsonArray(new JsonObject
            {
                ["file_id"] = file.FileId,
                ["file_unique_id"] = file.FileUniqueId,
                ["width"] = width,
                ["height"] = height,
                ["file_size"] = declaredSize ?? file.FileSize,
            });
            if (forwardOrigin is not null)
            {
                message["forward_origin"] = forwardOrigin.ToJson(Now);
            }
        });
    }

    /// <summary>A voice note (OGG/Opus as Telegram records it) of <paramref name="seconds"/>.</summary>
    public EnqueuedUpdate EnqueueVoice(FakeUser from, byte[] content, int seconds, string? caption = null, long? declaredSize = null) =>
        EnqueueRecording(from, "voice", content, null, "audio/ogg", seconds, caption, declaredSize, null);

    /// <summary>A round video note (MP4) of <paramref name="seconds"/>; video notes have no caption.</summary>
    public EnqueuedUpdate EnqueueVideoNote(FakeUser from, byte[] content, int seconds, int length = 240, long? declaredSize = null) =>
        EnqueueRecording(from, "video_note", content, null, null, seconds, null, declaredSize, m => m["length"] = length);

    /// <summary>A video (MP4) of <paramref name="seconds"/>.</summary>
    public EnqueuedUpdate EnqueueVideo(FakeUser from, byte[] content, int seconds, string? caption = null, long? declaredSize = null) =>
        EnqueueRecording(from, "video", content, "clip.mp4", "video/mp4", seconds, caption, declaredSize,
            m => { m["width"] = 320; m["height"] = 240; });

    /// <summary>An audio file (sent as music, with a name and a type).</summary>
    public EnqueuedUpdate EnqueueAudio(FakeUser from, byte[] content, string fileName, string mimeType, int seconds, string? caption = null) =>
        EnqueueRecording(from, "audio", content, fileName, mimeType, seconds, caption, null, null);

    private EnqueuedUpdate EnqueueRecording(FakeUser from, string field, byte[] content, string? fileName, string? mimeType, int seconds,
        string? caption, long? declaredSize, Action<JsonObject>? extra)
    {
        var file = State.RegisterFile(content, fileName ?? field, mimeType);
        return EnqueueFile(from, null, file, caption, message =>
        {
            var media = new JsonObject
            {
                ["file_id"] = file.FileId,
                ["file_unique_id"] = file.FileUniqueId,
                ["duration"] = seconds,
                ["file_size"] = declaredSize ?? file.FileSize,
            };
            if (fileName is not null)
            {
                media["file_name"] = fileName;
            }

            if (mimeType is not null)
            {
                media["mime_type"] = mimeType;
            }

            extra?.Invoke(media);
            message[field] = media;
        });
    }

    private EnqueuedUpdate EnqueueFile(FakeUser from, FakeChat? chat, FakeFile file, string? caption, Action<JsonObject> addMedia)
    {
        var update = EnqueueMessage(from, chat ?? from.PrivateChat, null, [], message =>
        {
            addMedia(message);
            if (caption is not null)
            {
                message["caption"] = caption;
                var entities = EntityDetector.Detect(caption);
                if (entities.Count > 0)
                {
                    message["caption_entities"] = MessageJson.Entities(entities);
                }
            }
        });
        return update with { FileId = file.FileId };
    }
}
