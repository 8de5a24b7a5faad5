using Gist.Core.Digests;

namespace Gist.Digests.Building;

/// <summary>
/// Which items a digest covers: those first seen since the last digest; for a first digest, those published
/// (or, undated, first seen) in the last 24 hours.
/// </summary>
public sealed record DigestWindow(DateTimeOffset? SeenAfter, DateTimeOffset? PublishedSince, DateTimeOffset Until)
{
    public static readonly TimeSpan FirstDigestSpan = TimeSpan.FromHours(24);

    public static DigestWindow For(Subscriber? subscriber, DateTimeOffset now) =>
        subscriber?.LastDigestThrough is { } through
            ? new DigestWindow(through, null, now)
            : new DigestWindow(null, now - FirstDigestSpan, now);
}
