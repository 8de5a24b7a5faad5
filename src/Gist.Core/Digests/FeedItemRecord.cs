namespace Gist.Core.Digests;

/// <summary>One item of a feed, stored once however many chats read it.</summary>
/// <param name="ItemKey">The item's id in the feed (RSS guid, Atom id, JSON Feed id), or its link when it has none.</param>
/// <param name="ContentHash">Hash of the item's text: a re-published item with a new guid is still the same item.</param>
/// <param name="IsTeaser">The feed carries only a teaser: the article is read from <paramref name="Link"/> before summarizing.</param>
/// <param name="SummaryJson">The shared English summary (a serialized SummaryResult) once made.</param>
public sealed record FeedItemRecord(
    long Id,
    long FeedId,
    string ItemKey,
    string? Link,
    string ContentHash,
    string? Title,
    string Text,
    bool IsTeaser,
    DateTimeOffset? Published,
    DateTimeOffset FirstSeenAt,
    string? SummaryJson);
