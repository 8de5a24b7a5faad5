using Gist.Core.Digests;

namespace Gist.Digests.Building;

/// <summary>
/// Which items a digest covers: those first seen since the last digest; for a first digest, those published
/// (or, undated, first seen) in the last 24 hours, and each feed's latest items that /subscribe showed, however old
/// (issue 13, item 9: a first digest never says "nothing new" about items the user was just shown).
/// </summary>
public sealed record DigestWindow(DateTimeOffset? SeenAfter, DateTimeOffset? PublishedSince, DateTimeOffset Until)
{
    public static readonly TimeSpan FirstDigestSpan = TimeSpan.FromHours(24);

    /// <summary>How many of a feed's latest items /subscribe lists; a first digest covers them too.</summary>
    public const int LatestShownAtSubscribe = 3;

    public bool IsFirst => SeenAfter is null;

    public static DigestWindow For(Subscriber? subscriber, DateTimeOffset now) =>
        subscriber?.LastDigestThrough is { } through
            ? new DigestWindow(through, null, now)
            : new DigestWindow(null, now - FirstDigestSpan, now);
}
