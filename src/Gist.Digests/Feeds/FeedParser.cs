using Gist.Core.Articles;
using Gist.Extraction.Budgets;

namespace Gist.Digests.Feeds;

/// <summary>Any supported feed document, recognised by its first significant character rather than its Content-Type (servers often say text/html or text/plain).</summary>
public static class FeedParser
{
    /// <exception cref="FeedFormatException">Not a feed.</exception>
    public static ParsedFeed Parse(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var start = 0;
        if (body.Length >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF)
        {
            start = 3;
        }

        while (start < body.Length && body[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        if (start >= body.Length)
        {
            throw new FeedFormatException("The feed is empty.");
        }

        if (body[start] == (byte)'{')
        {
            return JsonFeedParser.Parse(body.AsSpan(start));
        }

        using var stream = new MemoryStream(body, writable: false);
        return XmlFeedParser.Parse(stream);
    }

    /// <summary>The same through the <see cref="ParsingGate"/>: bounded parallelism, and a feed past the time budget is a format error.</summary>
    /// <exception cref="FeedFormatException">Not a feed, or too complex to read.</exception>
    public static async Task<ParsedFeed> ParseAsync(byte[] body, ParsingGate gate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gate);
        try
        {
            return await gate.RunAsync(_ => Parse(body), TooComplexMessage, cancellationToken);
        }
        catch (ArticleUnavailableException ex)
        {
            throw new FeedFormatException(ex.UserMessage, ex);
        }
    }

    private const string TooComplexMessage = "The feed is too complex to read.";

    /// <summary>True when the bytes look like a feed rather than a web page.</summary>
    public static bool LooksLikeFeed(byte[] body, string? mediaType)
    {
        if (mediaType is "application/rss+xml" or "application/atom+xml" or "application/feed+json" or "application/rdf+xml")
        {
            return true;
        }

        var head = System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 1024));
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase) || head.Contains("jsonfeed.org/version", StringComparison.Ordinal);
    }
}
