namespace Gist.Digests.Feeds;

/// <summary>A feed could not be fetched. <see cref="RetryAfter"/> carries the server's Retry-After when it sent one.</summary>
public sealed class FeedFetchException : Exception
{
    public FeedFetchException(string message, bool isTransient, TimeSpan? retryAfter = null, Exception? inner = null)
        : base(message, inner)
    {
        IsTransient = isTransient;
        RetryAfter = retryAfter;
    }

    public FeedFetchException()
    {
    }

    public FeedFetchException(string message)
        : base(message)
    {
    }

    public FeedFetchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public bool IsTransient { get; }

    public TimeSpan? RetryAfter { get; }
}
