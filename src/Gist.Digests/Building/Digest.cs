using Gist.Core.Digests;
using Gist.Digests.Stories;

namespace Gist.Digests.Building;

/// <summary>One subscriber's digest: stories ordered by outlets then recency, and the chat's own reading.</summary>
/// <param name="Through">The end of the window: the next digest starts after it.</param>
public sealed record Digest(long ChatId, IReadOnlyList<Story> Stories, IReadOnlyList<ReadingEntry> Reading, int ItemCount, DateTimeOffset Through)
{
    /// <summary>Sources the chat follows that can no longer be read (a channel deleted or made private), with why.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    public bool IsEmpty => Stories.Count == 0 && Reading.Count == 0 && Notices.Count == 0;
}
