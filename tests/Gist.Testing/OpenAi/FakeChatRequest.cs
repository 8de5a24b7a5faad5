using System.Text.Json;

namespace Gist.Testing.OpenAi;

/// <summary>A chat completion request as the fake received it, parsed, with the raw JSON kept.</summary>
public sealed record FakeChatRequest
{
    /// <summary>1 for the first request the server received, then 2, 3…</summary>
    public required long Sequence { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The URL path: /v1/chat/completions, /chat/completions or /openai/deployments/{d}/chat/completions.</summary>
    public required string Path { get; init; }

    /// <summary>The Azure deployment from the path, or null on the OpenAI paths.</summary>
    public string? Deployment { get; init; }

    /// <summary>The api-version query parameter (Azure), or null.</summary>
    public string? ApiVersion { get; init; }

    /// <summary>The key the client sent (Authorization: Bearer … or Azure's api-key header).</summary>
    public string? ApiKey { get; init; }

    /// <summary>The "model" field; Azure clients may omit it (the deployment names the model).</summary>
    public string? Model { get; init; }

    public required IReadOnlyList<FakeChatMessage> Messages { get; init; }

    public bool Stream { get; init; }

    /// <summary>stream_options.include_usage: the stream ends with a chunk that carries usage.</summary>
    public bool StreamIncludeUsage { get; init; }

    public FakeResponseFormat? ResponseFormat { get; init; }

    public int? MaxTokens { get; init; }

    public int? MaxCompletionTokens { get; init; }

    public double? Temperature { get; init; }

    public double? TopP { get; init; }

    /// <summary>The request body as sent.</summary>
    public required string RawJson { get; init; }

    /// <summary>The request body, parsed (immutable, safe to read from any thread).</summary>
    public required JsonElement Body { get; init; }

    /// <summary>The system (and developer) messages, joined by blank lines.</summary>
    public string SystemPrompt => string.Join("\n\n", Messages.Where(m => m.Role is "system" or "developer").Select(m => m.Content));

    /// <summary>The content of the last user message, or "".</summary>
    public string LastUserMessage => Messages.LastOrDefault(m => m.Role == "user")?.Content ?? "";

    /// <summary>The JSON schema name when the client asked for structured output, else null.</summary>
    public string? SchemaName => ResponseFormat?.SchemaName;
}
