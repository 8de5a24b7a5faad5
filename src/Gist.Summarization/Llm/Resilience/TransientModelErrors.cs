using System.ClientModel;
using System.Text.Json;
using Gist.Summarization.Llm.Endpoints;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Gist.Summarization.Llm.Resilience;

/// <summary>Which model-call failures are worth another attempt: the provider is busy or the connection failed.</summary>
public static class TransientModelErrors
{
    /// <param name="callerCancelled">True when the caller itself gave up (shutdown): never retried.</param>
    public static bool IsTransient(Exception exception, bool callerCancelled) => exception switch
    {
        _ when callerCancelled => false,
        BrokenCircuitException => false,

        // Every deployment failed or rests: worth another attempt once the first of them is back.
        ModelEndpointsUnavailableException => true,
        ClientResultException { Status: 408 or 429 or >= 500 or 0 } => true,
        ClientResultException => false,
        TimeoutRejectedException or TimeoutException => true,
        HttpRequestException or IOException => true,

        // A body cut off half-way (HTTP 200 with truncated JSON) is a broken transfer, not a model answer.
        JsonException => true,
        OperationCanceledException => true,
        _ => false,
    };
}
