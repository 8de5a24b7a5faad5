namespace Gist.Testing.OpenAi;

/// <summary>Which endpoint a path names (chat/completions, embeddings, audio/transcriptions, models). OpenAI: /v1/chat/completions (or without /v1, for clients whose endpoint
/// already ends in /v1); Azure OpenAI: /openai/deployments/{deployment}/chat/completions?api-version=…</summary>
internal sealed record OpenAiRoute(string Endpoint, string? Deployment)
{
    public const string Chat = "chat/completions";
    public const string Embeddings = "embeddings";
    public const string Models = "models";
    public const string Transcriptions = "audio/transcriptions";

    public static OpenAiRoute? Match(string path)
    {
        var trimmed = path.Trim('/');
        if (trimmed.StartsWith("openai/deployments/", StringComparison.Ordinal))
        {
            var rest = trimmed["openai/deployments/".Length..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            return slash > 0 && Known(rest[(slash + 1)..]) is { } endpoint
                ? new OpenAiRoute(endpoint, Uri.UnescapeDataString(rest[..slash]))
                : null;
        }

        foreach (var prefix in new[] { "openai/v1/", "v1/", "" })
        {
            if (trimmed.StartsWith(prefix, StringComparison.Ordinal) && Known(trimmed[prefix.Length..]) is { } endpoint)
            {
                return new OpenAiRoute(endpoint, null);
            }
        }

        return null;
    }

    private static string? Known(string endpoint) => endpoint is Chat or Embeddings or Models or Transcriptions ? endpoint : null;
}
