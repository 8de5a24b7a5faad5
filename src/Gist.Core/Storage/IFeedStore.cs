using Gist.Core.Digests;

namespace Gist.Core.Storage;

/// <summary>Feeds and their items.</summary>
public interface IFeedStore
{
    /// <summary>The feed with this URL, created (due at once) when new.</summary>
    Task<FeedRecord> GetOrAddAsync(string url, string? title, string? siteUrl, DateTimeOffset now, CancellationToken cancellationToken);

    Task<FeedRecord?> GetAsync(long feedId, CancellationToken cancellationToken);

    /// <summary>Feeds with at least one subscriber whose next poll is due, soonest first.</summary>
    Task<IReadOnlyList<FeedRecord>> GetDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the due feeds (as <see cref="GetDueAsync"/>, soonest first) for one poller: in one atomic step their next
    /// poll moves to <paramref name="claimUntil"/>, so another instance claiming at the same time gets other feeds or
    /// none. The poller then saves the real next poll time with <see cref="UpdateAsync"/>; a claim never followed by
    /// that (the instance died) makes the feed due again at <paramref name="claimUntil"/>. Returns the feeds as they
    /// were before the claim.
    /// </summary>
    Task<IReadOnlyList<FeedRecord>> ClaimDueAsync(DateTimeOffset now, int max, DateTimeOffset claimUntil, CancellationToken cancellationToken);

    /// <summary>Saves the poll state: title, validators, next poll time, failures.</summary>
    Task UpdateAsync(FeedRecord feed, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the items not seen before in this feed: an item is known when its key (guid, else link, else title and
    /// text) is already stored for the feed. Returns how many were new.
    /// </summary>
    Task<int> AddItemsAsync(long feedId, IReadOnlyList<NewFeedItem> items, DateTimeOffset seenAt, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the stored items whose key is known but whose content hash differs (an edited channel post): text,
    /// title, link, teaser flag and dates take the new values and the summary is cleared, so the digest summarizes
    /// the new words. The item keeps its id and first-seen time: it is updated, never duplicated. Returns how many changed.
    /// </summary>
    Task<int> UpdateChangedItemsAsync(long feedId, IReadOnlyList<NewFeedItem> items, CancellationToken cancellationToken);

    /// <summary>Removes the items with these keys from the feed (posts their channel deleted); returns how many there were.</summary>
    Task<int> RemoveItemsAsync(long feedId, IReadOnlyCollection<string> itemKeys, CancellationToken cancellationToken);

    /// <summary>Items of these feeds first seen in (after, until], or — with <paramref name="publishedSince"/> — published (or seen) since then.</summary>
    Task<IReadOnlyList<FeedItemRecord>> GetItemsAsync(IReadOnlyCollection<long> feedIds, DateTimeOffset? seenAfter, DateTimeOffset? publishedSince, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>The latest items of a feed, newest first.</summary>
    Task<IReadOnlyList<FeedItemRecord>> GetLatestAsync(long feedId, int max, CancellationToken cancellationToken);

    /// <summary>Stores the item's shared summary and, when the article read for it has one, the article's own date.</summary>
    Task SetSummaryAsync(long itemId, string summaryJson, DateTimeOffset? articleDate, CancellationToken cancellationToken);
}
