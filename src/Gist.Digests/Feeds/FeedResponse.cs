namespace Gist.Digests.Feeds;

/// <summary>The answer to a conditional GET of a feed.</summary>
/// <param name="NotModified">304: nothing changed since the validators sent (RFC 9110 §15.4.5); <paramref name="Body"/> is empty.</param>
public sealed record FeedResponse(Uri FinalUrl, bool NotModified, byte[] Body, string? MediaType, string? ETag, string? LastModified);
