using Gist.Core.Digests;
using Gist.Digests.Scheduling;
using Gist.Digests.Stories;
using Microsoft.Extensions.Options;
using Gist.Core.Storage;

namespace Gist.Digests.Building;

/// <summary>
/// Builds one subscriber's digest: the items of their subscriptions in the window, keyword filters applied, the
/// same article seen in two feeds made one item with both outlets (see <see cref="ArticleIdentity"/>), each item's
/// shared summary, stories clustered and written, ordered by how many outlets cover them and then by recency.
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

        var byArticle = new Dictionary<string, int>(StringComparer.Ordinal);
        var candidates = new List<(FeedItemRecord Item, string Outlet)>();
        var alsoIn = new List<List<string>>();
        foreach (var item in items)
        {
            var sub = byFeed[item.FeedId];
            var filter = new KeywordFilter("", sub.ExcludeWords);
            if (!filter.Allows(item.Title, item.Text))
            {
                continue;
            }

            var outlet = OutletOf(sub);
            if (byArticle.TryGetValue(ArticleIdentity.Of(item, options.Value.TeaserCharacters), out var first))
            {
                if (!string.Equals(candidates[first].Outlet, outlet, StringComparison.OrdinalIgnoreCase) && !alsoIn[first].Contains(outlet, StringComparer.OrdinalIgnoreCase))
                {
                    alsoIn[first].Add(outlet);
                }

                continue;
            }

            byArticle[ArticleIdentity.Of(item, options.Value.TeaserCharacters)] = candidates.Count;
            candidates.Add((item, outlet));
            alsoIn.Add([]);
        }

        var others = candidates.Select((c, i) => (c.Item.Id, Outlets: alsoIn[i])).ToDictionary(x => x.Id, x => x.Outlets);
        candidates = candidates.OrderByDescending(c => c.Item.Published ?? c.Item.FirstSeenAt).Take(options.Value.MaxItemsPerDigest).ToList();
        var summarized = (await summarizer.SummarizeAsync(candidates, cancellationToken)).Select(s => s with { AlsoIn = others[s.Item.Id] }).ToList();
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

        return new Digest(chatId, stories, reading, kept.Count, window.Until) { Notices = await NoticesAsync(subs, cancellationToken) };
    }

    /// <summary>A line for each channel the chat follows whose polling stopped because it has no public preview any more.</summary>
    private async Task<IReadOnlyList<string>> NoticesAsync(IReadOnlyList<Subscription> subs, CancellationToken cancellationToken)
    {
        var notices = new List<string>();
        foreach (var sub in subs.Where(s => Channels.ChannelAddress.IsChannelFeed(s.FeedUrl, out _)))
        {
            if (await feeds.GetAsync(sub.FeedId, cancellationToken) is { } feed && Feeds.FeedPoller.IsStopped(feed))
            {
                notices.Add($"{OutletOf(sub)} can no longer be read and is not checked any more: {feed.LastError} (/unsubscribe it, or /subscribe again if it comes back)");
            }
        }

        return notices;
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
