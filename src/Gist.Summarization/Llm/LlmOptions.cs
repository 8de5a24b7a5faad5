using System.ComponentModel.DataAnnotations;
using Gist.Summarization.Llm.Endpoints;

namespace Gist.Summarization.Llm;

/// <summary>Configuration section "Llm": which model answers, and how hard the bot may push it.</summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string SectionName = "Llm";

    /// <summary><c>azure-openai</c>, <c>openai</c> (any OpenAI-compatible endpoint) or <c>offline</c>.</summary>
    public string Provider { get; set; } = LlmProviders.Offline;

    /// <summary>The endpoint: an Azure OpenAI resource, https://api.openai.com/v1, or a local server's /v1.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Never logged. Optional for local servers (Ollama, llama.cpp, vLLM, LM Studio).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Model name, or the deployment name for Azure.</summary>
    public string? Model { get; set; }

    /// <summary>A vision-capable model (Llm__VisionModel; a deployment name for Azure) that transcribes the text in images
    /// instead of OCR; its transcription is checked against OCR where Tesseract is installed.</summary>
    public string? VisionModel { get; set; }

    /// <summary>A speech-to-text model (Llm__TranscriptionModel: whisper-1, gpt-4o-transcribe, a deployment name for Azure,
    /// or a local server's model) for voice notes, audio and video, on the same endpoint and key.</summary>
    public string? TranscriptionModel { get; set; }

    /// <summary>
    /// Several deployments of the model (Llm__Endpoints__0__Endpoint, …__Weight, …): calls are spread by weight and move
    /// to another deployment on 429, 5xx or a timeout. Empty: the one endpoint of Llm__Endpoint.
    /// </summary>
    public List<ModelEndpointSettings> Endpoints { get; set; } = [];

    /// <summary>Model calls in flight at once, across all chats.</summary>
    [Range(1, 256)]
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Longest article text sent in one request, in characters; longer ones are split into chunks and merged.</summary>
    [Range(1000, 400_000)]
    public int MaxArticleCharacters { get; set; } = 24_000;

    /// <summary>Most chunks one long article is split into (one model call each, plus one merge call); text beyond is cut.</summary>
    [Range(1, 16)]
    public int MaxArticleChunks { get; set; } = 4;

    [Range(1, 20)]
    public int MaxClaims { get; set; } = 8;

    /// <summary>Time allowed for one model request.</summary>
    [Range(5, 600)]
    public int RequestTimeoutSeconds { get; set; } = 120;

    /// <summary>Optional embedding model (openai/azure-openai) for digest story clustering; TF-IDF without it.</summary>
    public string? EmbeddingModel { get; set; }

    /// <summary>Folder of the prompt templates; default <c>prompts</c> next to the executable.</summary>
    public string? PromptsPath { get; set; }

    public bool UsesModel => !string.Equals(Provider, LlmProviders.Offline, StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!LlmProviders.All.Contains(Provider, StringComparer.OrdinalIgnoreCase))
        {
            yield return new ValidationResult($"Llm__Provider '{Provider}' is not one of: {string.Join(", ", LlmProviders.All)}.", [nameof(Provider)]);
            yield break;
        }

        if (!UsesModel)
        {
            if (Endpoints.Count > 0)
            {
                yield return new ValidationResult($"Llm__Endpoints lists {Endpoints.Count} deployment(s) but Llm__Provider is {Provider}: set it to openai or azure-openai.", [nameof(Endpoints)]);
            }

            foreach (var (name, value) in new[] { ("VisionModel", VisionModel), ("TranscriptionModel", TranscriptionModel) })
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    yield return new ValidationResult($"Llm__{name} needs a model endpoint: set Llm__Provider to openai or azure-openai (with Llm__Endpoint), or remove Llm__{name}.", [name]);
                }
            }

            yield break;
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            yield return new ValidationResult($"Llm__Model is missing: the model name (the deployment name for Azure) is required with Llm__Provider={Provider}.", [nameof(Model)]);
        }

        foreach (var problem in ModelEndpointResolver.Problems(this))
        {
            yield return problem;
        }

        var isAzure = string.Equals(Provider, LlmProviders.AzureOpenAi, StringComparison.OrdinalIgnoreCase);
        if (isAzure && string.IsNullOrWhiteSpace(Endpoint) && Endpoints.Count == 0)
        {
            yield return new ValidationResult("Llm__Endpoint is missing: your Azure OpenAI resource's URL, e.g. https://myres.openai.azure.com/.", [nameof(Endpoint)]);
        }

        if (Endpoint is { Length: > 0 } endpoint && !(Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            yield return new ValidationResult($"Llm__Endpoint '{endpoint}' is not an absolute http(s) URL.", [nameof(Endpoint)]);
        }

        if (isAzure && string.IsNullOrWhiteSpace(ApiKey) && Endpoints.Count == 0)
        {
            yield return new ValidationResult("Llm__ApiKey is missing: the key of your Azure OpenAI resource.", [nameof(ApiKey)]);
        }
    }

    /// <summary>The same settings for another model (vision, evaluation): every deployment then serves that model.</summary>
    public LlmOptions ForModel(string model) => new()
    {
        Provider = Provider, Endpoint = Endpoint, ApiKey = ApiKey, Model = model,
        Endpoints = [.. Endpoints.Select(e => new ModelEndpointSettings
        {
            Name = e.Name, Provider = e.Provider, Endpoint = e.Endpoint, ApiKey = e.ApiKey, Model = null, Weight = e.Weight,
        })],
        MaxConcurrency = MaxConcurrency, RequestTimeoutSeconds = RequestTimeoutSeconds,
    };
}
