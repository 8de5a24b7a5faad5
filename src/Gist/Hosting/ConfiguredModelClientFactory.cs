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
        return SummarizationHostingExtensions.CreateChatClient(llm.Value.ForModel(model), resilience.Value, logs.CreateLogger<ConfiguredModelClientFactory>());
    }
}
