namespace Gist.Core.Digests;

/// <summary>An item as parsed from a feed, before it is stored.</summary>
/// <param name="ItemKey">Its identity in the feed: the guid, else the link, else (only when it has neither) a hash of title and text.</param>
/// <param name="Published">The date the feed gives the item.</param>
/// <param name="ArticleDate">The article's own date (its date line) when it has one; it may be far from the feed's.</param>
public sealed record NewFeedItem(
    string ItemKey,
    string? Link,
    string ContentHash,
    string? Title,
    string Text,
    bool IsTeaser,
    DateTimeOffset? Published,
    DateTimeOffset? ArticleDate = null);
