namespace Gist.Summarization.Llm.Endpoints;

/// <summary>
/// Every deployment of the model failed this call or is resting after a failure. <see cref="RetryAfter"/> is when the
/// first of them takes calls again; the retry layer waits that long (within its limits) before the next attempt.
/// </summary>
public sealed class ModelEndpointsUnavailableException : Exception
{
    public ModelEndpointsUnavailableException()
    {
    }

    public ModelEndpointsUnavailableException(string message)
        : base(message)
    {
    }

    public ModelEndpointsUnavailableException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public ModelEndpointsUnavailableException(string message, TimeSpan? retryAfter, Exception? lastFailure)
        : base(message, lastFailure)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>Time until the first deployment takes calls again; null when one already does.</summary>
    public TimeSpan? RetryAfter { get; }
}
