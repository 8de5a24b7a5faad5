using System.ComponentModel.DataAnnotations;

namespace Gist.Summarization.Llm.Endpoints;

/// <summary>
/// Turns Llm__Endpoints (or, when it is empty, the single Llm__Endpoint) into the deployments the chat client uses,
/// and names what is wrong with them at start.
/// </summary>
public static class ModelEndpointResolver
{
    public const int MaxWeight = 1000;

    /// <summary>The deployments, in configuration order; one (from Llm__Endpoint, Llm__ApiKey, Llm__Model) when Llm__Endpoints is empty.</summary>
    public static IReadOnlyList<ModelEndpoint> Resolve(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Endpoints.Count == 0)
        {
            var name = options.Endpoint is { Length: > 0 } e && Uri.TryCreate(e, UriKind.Absolute, out var uri) ? uri.Authority : options.Provider;
            return [new ModelEndpoint(name, options.Provider, options.Endpoint, options.ApiKey, options.Model ?? "", 1)];
        }

        return [.. options.Endpoints.Select(e => new ModelEndpoint(
            NameOf(e), e.Provider ?? options.Provider, e.Endpoint, e.ApiKey ?? options.ApiKey, e.Model ?? options.Model ?? "", e.Weight))];
    }

    /// <summary>
    /// Embeddings and transcriptions use one endpoint: Llm__Endpoint, or, when it is not set, the first of
    /// Llm__Endpoints if that one uses Llm__Provider (the provider itself never changes here: the other deployments
    /// fall back to it).
    /// </summary>
    public static void FillPrimaryEndpoint(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Endpoints.Count == 0 || !string.IsNullOrWhiteSpace(options.Endpoint)
            || options.Endpoints[0] is { Provider: { } provider } && !string.Equals(provider, options.Provider, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var first = options.Endpoints[0];
        options.Endpoint = first.Endpoint;
        options.ApiKey = first.ApiKey ?? options.ApiKey;
    }

    public static IEnumerable<ValidationResult> Problems(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Endpoints.Count; i++)
        {
            var entry = options.Endpoints[i];
            var prefix = $"Llm__Endpoints__{i}__";
            var provider = entry.Provider ?? options.Provider;
            if (!string.Equals(provider, LlmProviders.AzureOpenAi, StringComparison.OrdinalIgnoreCase)
                && !string.Equals(provider, LlmProviders.OpenAi, StringComparison.OrdinalIgnoreCase))
            {
                yield return new ValidationResult($"{prefix}Provider '{provider}' is not one of: {LlmProviders.AzureOpenAi}, {LlmProviders.OpenAi}.", [nameof(options.Endpoints)]);
            }

            if (!(Uri.TryCreate(entry.Endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                yield return new ValidationResult(string.IsNullOrWhiteSpace(entry.Endpoint)
                    ? $"{prefix}Endpoint is missing: the deployment's URL (an Azure resource, or an OpenAI-compatible …/v1)."
                    : $"{prefix}Endpoint '{entry.Endpoint}' is not an absolute http(s) URL.", [nameof(options.Endpoints)]);
            }

            if (string.Equals(provider, LlmProviders.AzureOpenAi, StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(entry.ApiKey ?? options.ApiKey))
            {
                yield return new ValidationResult($"{prefix}ApiKey is missing (and no Llm__ApiKey to fall back to): the key of that Azure OpenAI resource.", [nameof(options.Endpoints)]);
            }

            if (entry.Weight is < 0 or > MaxWeight)
            {
                yield return new ValidationResult($"{prefix}Weight {entry.Weight} is outside 0–{MaxWeight}.", [nameof(options.Endpoints)]);
            }

            if (uri is not null && !names.Add(NameOf(entry)))
            {
                yield return new ValidationResult($"{prefix}Name: two deployments are both called '{NameOf(entry)}'; give each a distinct Name.", [nameof(options.Endpoints)]);
            }
        }

        if (options.Endpoints.Count > 0 && options.Endpoints.All(e => e.Weight <= 0))
        {
            yield return new ValidationResult("Llm__Endpoints: every deployment has weight 0; give at least one a positive Weight.", [nameof(options.Endpoints)]);
        }
    }

    private static string NameOf(ModelEndpointSettings entry) =>
        entry.Name is { Length: > 0 } name ? name
        : Uri.TryCreate(entry.Endpoint, UriKind.Absolute, out var uri) ? uri.Authority
        : entry.Endpoint ?? "";
}
