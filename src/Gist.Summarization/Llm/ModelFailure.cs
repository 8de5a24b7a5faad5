using System.ClientModel;
using Gist.Core.Summaries;

namespace Gist.Summarization.Llm;

/// <summary>Turns what the model client threw into a <see cref="ModelUnavailableException"/> that says whether to retry later.</summary>
public static class ModelFailure
{
    public static ModelUnavailableException From(Exception ex) => ex switch
    {
        ModelUnavailableException known => known,
        Endpoints.ModelEndpointsUnavailableException all => new(all.Message, isTransient: true, ex),
        Polly.CircuitBreaker.BrokenCircuitException => new("The language model failed repeatedly; calls are paused for a short while.", isTransient: true, ex),
        Polly.Timeout.TimeoutRejectedException => new("The language model took too long to answer.", isTransient: true, ex),
        ClientResultException { Status: 429 or 408 or >= 500 } c => new($"The language model is busy or failing (HTTP {c.Status}).", isTransient: true, ex),
        ClientResultException { Status: 0 } => new("The language model could not be reached.", isTransient: true, ex),
        ClientResultException c => new($"The language model refused the request (HTTP {c.Status}).", isTransient: false, ex),
        HttpRequestException or TimeoutException or TaskCanceledException or IOException =>
            new("The language model could not be reached or took too long.", isTransient: true, ex),
        _ => new($"The language model failed ({ex.GetType().Name}).", isTransient: true, ex),
    };
}
