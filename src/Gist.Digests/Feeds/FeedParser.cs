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
