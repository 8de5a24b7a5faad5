namespace Gist.Core.Digests;

/// <summary>An item as parsed from a feed, before it is stored.</summary>
public sealed record NewFeedItem(
    string ItemKey,
    string? Link,
    string ContentHash,
    string? Title,
    string Text,
    bool IsTeaser,
    DateTimeOffset? Published);
