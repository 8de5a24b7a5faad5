namespace Gist.Testing.BotApi;

/// <summary>A file part of a multipart/form-data call (sendDocument and other uploads).</summary>
public sealed record UploadedFile(string FieldName, string FileName, string? ContentType, byte[] Content);
