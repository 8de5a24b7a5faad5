namespace Gist.Testing.BotApi;

/// <summary>A file the bot can fetch through getFile and the download route (Bot API type <c>File</c>).</summary>
public sealed record FakeFile(string FileId, string FileUniqueId, string FilePath, byte[] Content,
    string? FileName, string? MimeType)
{
    public long FileSize => Content.LongLength;
}
