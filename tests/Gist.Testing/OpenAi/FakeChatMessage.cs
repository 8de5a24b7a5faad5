namespace Gist.Testing.OpenAi;

/// <summary>One message of a chat completion request; content parts of type "text" are joined, parts of type
/// "image_url" (https://platform.openai.com/docs/guides/images-vision) are kept as <see cref="Images"/>.</summary>
public sealed record FakeChatMessage(string Role, string Content)
{
    public IReadOnlyList<FakeChatImage> Images { get; init; } = [];
}
