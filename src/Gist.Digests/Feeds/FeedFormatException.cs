namespace Gist.Digests.Feeds;

/// <summary>The document is not an RSS 2.0, RSS 1.0, Atom or JSON Feed document.</summary>
public sealed class FeedFormatException : Exception
{
    public FeedFormatException(string message)
        : base(message)
    {
    }

    public FeedFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public FeedFormatException()
    {
    }
}
