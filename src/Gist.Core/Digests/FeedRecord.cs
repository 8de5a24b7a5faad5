namespace Gist.Core.Digests;

/// <summary>A feed the bot polls, shared by every chat subscribed to it.</summary>
/// <param name="ETag">The validator from the last 200 response, sent back as If-None-Match (RFC 9110 §13.1.2).</param>
/// <param name="LastModified">The Last-Modified value from the last 200 response, sent back as If-Modified-Since.</param>
/// <param name="Failures">Consecutive failed polls; the backoff grows with it and it resets on success.</param>
public sealed record FeedRecord(
    long Id,
    string Url,
    string? Title,
    string? SiteUrl,
    string? ETag,
    string? LastModified,
    DateTimeOffset NextPollAt,
    int Failures,
    string? LastError,
    DateTimeOffset? LastPolledAt);
