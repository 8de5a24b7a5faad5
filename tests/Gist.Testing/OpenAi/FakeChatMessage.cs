namespace Gist.Testing.OpenAi;

/// <summary>One message of a chat completion request; content parts of type "text" are joined.</summary>
public sealed record FakeChatMessage(string Role, string Content);
