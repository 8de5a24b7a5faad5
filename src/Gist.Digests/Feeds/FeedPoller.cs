using Gist.Core.Digests;
using Gist.Extraction.Budgets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gist.Digests.Feeds;

/// <summary>
/// Polls one feed: conditional GET, parse, store the new items. On success the next poll is one interval away;
/// on failure the wait doubles with each consecutive failure up to MaxBackoff, and never undercuts Retry-After.
/// </summary>
public sealed class FeedPoller(FeedFetcher fetcher, FeedItemMapper mapper, IFeedStore feeds, ParsingGate gate, IOptions<DigestsOptions> options, TimeProvider time, ILogger<FeedPoller> logger)
{
    /// <summary>Polls and returns how many new items were stored. Never throws for a feed's own failure: it is recorded on the feed.</summary>
    public async Task<int> PollAsync(FeedRecord feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var settings = options.Value;
        var now = time.GetUtcNow();
        try
        {
            var response = await fetcher.FetchAsync(new Uri(feed.Url), feed.ETag, feed.LastModified, cancellationToken);
            if (response.NotModified)
            {
                await feeds.UpdateAsync(feed with { NextPollAt = now + settings.PollInterval, Failures = 0, LastError = null, LastPolledAt = now }, cancellationToken);
                return 0;
            }

            var parsed = await FeedParser.ParseAsync(response.Body, gate, cancellationToken);
            var items = parsed.Entries.Select(e => mapper.Map(e, response.FinalUrl, settings.TeaserCharacters)).OfType<NewFeedItem>().ToList();
            var added = await feeds.AddItemsAsync(feed.Id, items, now, cancellationToken);
            await feeds.UpdateAsync(feed with
            {
                Title = parsed.Title ?? feed.Title,
                SiteUrl = parsed.SiteUrl ?? feed.SiteUrl,
                ETag = response.ETag,
                LastModified = response.LastModified,
                NextPollAt = now + settings.PollInterval,
                Failures = 0,
                LastError = null,
                LastPolledAt = now,
            }, cancellationToken);
            logger.LogDebug("Polled {Feed}: {Count} entries, {Added} new", feed.Url, items.Count, added);
            return added;
        }
        catch (Exception ex) when (ex is FeedFetchException or FeedFormatException)
        {
            var failures = feed.Failures + 1;
            var wait = Backoff(settings, failures, (ex as FeedFetchException)?.RetryAfter);
            logger.LogWarning("Polling {Feed} failed ({Failures} in a row), next try in {Wait}: {Error}", feed.Url, failures, wait, ex.Message);
            await feeds.UpdateAsync(feed with { NextPollAt = now + wait, Failures = failures, LastError = ex.Message, LastPolledAt = now }, cancellationToken);
            return 0;
        }
    }

    /// <summary>Interval × 2^failures, at most MaxBackoff, at least the server's Retry-After.</summary>
    public static TimeSpan Backoff(DigestsOptions settings, int failures, TimeSpan? retryAfter)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var factor = Math.Pow(2, Math.Min(failures, 20));
        var wait = TimeSpan.FromTicks((long)Math.Min(settings.PollInterval.Ticks * factor, settings.MaxBackoff.Ticks));
        return retryAfter is { } server && server > wait ? server : wait;
    }
}
