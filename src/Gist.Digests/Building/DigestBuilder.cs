using Gist.Core.Digests;
using Gist.Digests.Scheduling;
using Gist.Digests.Stories;
using Microsoft.Extensions.Options;

namespace Gist.Digests.Building;

/// <summary>
/// Builds one subscriber's digest: the items of their subscriptions in the window, keyword filters applied, the
/// same article seen in two feeds counted once (by link, then content hash), each item's shared summary, stories
/// clustered and written, ordered by how many outlets cover them and then by recency.
/// </summary>
public sealed class DigestBuilder(
    IFeedStore feeds,
    ISubscriptionStore subscriptions,
    ISubscriberStore subscribers,
    ItemSummarizer summarizer,
    StoryClusterer clusterer,
    StoryWriter writer,
    StoryCache cache,
    IOptions<DigestsOptions> options)
{
    public async Task<Digest> BuildAsync(long chatId, DigestWindow window, bool includeReading, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        var subs = await subscriptions.ListAsync(chatId, cancellationToken);
        var byFeed = subs.ToDictionary(s => s.FeedId);
        var items = await feeds.GetItemsAsync(byFeed.Keys, window.SeenAfter, window.PublishedSince, window.Until, cancellationToken);
        if (window.IsFirst)
        {
            var latest = new List<FeedItemRecord>(items);
            foreach (var feedId in byFeed.Keys)
            {
                latest.AddRange(await feeds.GetLatestAsync(feedId, DigestWindow.LatestShownAtSubscribe, cancellationToken));
            }

            items = latest.Where(i => i.FirstSeenAt <= window.Until).DistinctBy(i => i.Id).ToList();
        }

        var seenLinks = new HashSet<string>(StringComparer.Ordinal);
        var seenHashes = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new List<(FeedItemRecord Item, string Outlet)>();
        foreach (var item in items)
        {
            var sub = byFeed[item.FeedId];
            var filter = new KeywordFilter("", sub.ExcludeWords);
            if (!filter.Allows(item.Title, item.Text) || !seenHashes.Add(item.ContentHash) || (item.Link is not null && !seenLinks.Add(item.Link)))
            {
                continue;
            }

            candidates.Add((item, OutletOf(sub)));
        }

        candidates = candidates.OrderByDescending(c => c.Item.Published ?? c.Item.FirstSeenAt).Take(options.Value.MaxItemsPerDigest).ToList();
        var summarized = await summarizer.SummarizeAsync(candidates, cancellationToken);
        var kept = summarized.Where(s =>
        {
            var sub = byFeed[s.Item.FeedId];
            return new KeywordFilter(sub.IncludeWords, sub.ExcludeWords).Allows(s.Item.Title, s.Item.Text, s.Summary.Headline, s.Summary.Summary);
        }).ToList();

        var stories = kept.Count == 0 ? [] : await cache.GetOrBuildAsync(kept, () => StoriesAsync(kept, cancellationToken));
        IReadOnlyList<ReadingEntry> reading = [];
        if (includeReading)
        {
            var localDayStart = DigestSchedule.At(DigestSchedule.LocalDate(window.Until, zone), TimeOnly.MinValue, zone);
            reading = await subscribers.GetReadingAsync(chatId, localDayStart, window.Until, cancellationToken);
        }

        return new Digest(chatId, stories, reading, kept.Count, window.Until);
    }

    /// <summary>Clusters and writes the stories of a set of summarized items, ordered for the digest.</summary>
    public async Task<IReadOnlyList<Story>> StoriesAsync(IReadOnlyList<StoryItem> items, CancellationToken cancellationToken)
    {
        var clusters = await clusterer.ClusterAsync(items, cancellationToken);
        var stories = await Task.WhenAll(clusters.Select(c => writer.WriteAsync(c, cancellationToken)));
        return stories.OrderByDescending(s => s.OutletCount).ThenByDescending(s => s.Items.Count).ThenByDescending(s => s.Latest).ToList();
    }

    public static string OutletOf(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        if (!string.IsNullOrWhiteSpace(subscription.FeedTitle))
        {
            return subscription.FeedTitle.Trim();
        }

        return Uri.TryCreate(subscription.FeedUrl, UriKind.Absolute, out var url) ? url.Host : subscription.FeedUrl;
    }
}
