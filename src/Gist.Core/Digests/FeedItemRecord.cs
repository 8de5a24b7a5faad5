namespace Gist.Core.Digests;

/// <summary>One item of a feed, stored once however many chats read it.</summary>
/// <param name="ItemKey">The item's identity in its feed: RSS guid, Atom id or JSON Feed id; else its link; else (only
/// when it has neither) a hash of its title and text. A repeated teaser or title never makes two articles one.</param>
/// <param name="ContentHash">Hash of the item's text (a teaser's hash is shared by many articles: never an identity).</param>
/// <param name="IsTeaser">The feed carries only a teaser: the article is read from <paramref name="Link"/> before summarizing.</param>
/// <param name="ArticleDate">The article's own date (date line, page metadata, JSON-LD), when known.</param>
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
    string? SummaryJson,
    DateTimeOffset? ArticleDate = null);
