namespace Gist.Testing.OpenAi;

/// <summary>An image part of a chat message: a data: URL's media type and bytes, or a remote URL (bytes empty), and
/// the detail level asked for.</summary>
public sealed record FakeChatImage(string? MediaType, byte[] Data, string? Url, string? Detail);
