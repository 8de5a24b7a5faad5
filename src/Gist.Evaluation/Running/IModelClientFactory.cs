using Microsoft.Extensions.AI;

namespace Gist.Evaluation.Running;

/// <summary>The production chat client (provider, retries, concurrency limit) for a model named on the command line.</summary>
public interface IModelClientFactory
{
    /// <summary>True when a provider is configured (Llm:Provider is not offline).</summary>
    bool HasProvider { get; }

    /// <summary>The model configured as Llm:Model, used when the command line names none.</summary>
    string? DefaultModel { get; }

    IChatClient Create(string model);
}
