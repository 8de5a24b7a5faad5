namespace Gist.Core.Summaries;

/// <summary>No language model is configured, or it failed after its retries.</summary>
public sealed class ModelUnavailableException : Exception
{
    public ModelUnavailableException(string message, bool isTransient, Exception? inner = null)
        : base(message, inner)
    {
        IsTransient = isTransient;
    }

    /// <summary>The model may answer later (429, 5xx, timeout), as opposed to not configured or refused.</summary>
    public bool IsTransient { get; }
}
