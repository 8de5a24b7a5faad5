namespace Gist.Summarization.Llm.Endpoints;

/// <summary>One deployment the chat client talks to, with every fallback to the single-endpoint settings applied.</summary>
/// <param name="Endpoint">Null for OpenAI's own endpoint (the SDK's default).</param>
public sealed record ModelEndpoint(string Name, string Provider, string? Endpoint, string? ApiKey, string Model, int Weight)
{
    // The key stays out of ToString (records print every member, and endpoints are logged).
    public override string ToString() => $"{Name} ({Provider}, {Model}, weight {Weight})";
}
