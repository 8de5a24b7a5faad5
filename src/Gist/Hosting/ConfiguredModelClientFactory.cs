using Gist.Evaluation.Running;
using Gist.Summarization;
using Gist.Summarization.Llm;
using Gist.Summarization.Llm.Resilience;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gist.Hosting;

/// <summary>The bot's own chat client (provider, endpoint, key, retries, concurrency limit) for any model name.</summary>
public sealed class ConfiguredModelClientFactory(IOptions<LlmOptions> llm, IOptions<ModelResilienceOptions> resilience, ILoggerFactory logs)
    : IModelClientFactory
{
    public bool HasProvider => llm.Value.UsesModel;

    public string? DefaultModel => llm.Value.Model;

    public IChatClient Create(string model)
    {
        var configured = llm.Value;
        var options = new LlmOptions
        {
            Provider = configured.Provider,
            Endpoint = configured.Endpoint,
            ApiKey = configured.ApiKey,
            Model = model,
            MaxConcurrency = configured.MaxConcurrency,
            RequestTimeoutSeconds = configured.RequestTimeoutSeconds,
        };
        return SummarizationHostingExtensions.CreateChatClient(options, resilience.Value, logs.CreateLogger<ConfiguredModelClientFactory>());
    }
}
