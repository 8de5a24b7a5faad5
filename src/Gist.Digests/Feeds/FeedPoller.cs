using Gist.Core.Digests;
using Gist.Digests.Channels;
using Gist.Extraction.Budgets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Gist.Core.Storage;

namespace Gist.Digests.Feeds;

/// <summary>
/// Polls one feed: conditional GET, parse, store the new items. On success the next poll is one interval away;
/// on failure the wait doubles with each consecutive failure up to MaxBackoff, and never undercuts Retry-After. A
/// public channel is polled the same way through its web preview (<see cref="ChannelReader"/>); a channel that no
/// longer has one (deleted, renamed, made private, preview turned off) is not polled again, its error kept for
/// its subscribers to see. A channel read also updates the items of edited posts and removes those of deleted ones
/// (<see cref="ChannelItemSync"/>).
/// </summary>
public sealed class FeedPoller(FeedFetcher fetcher, FeedItemMapper mapper, ChannelReader channels, ChannelItemSync channelItems, IFeedStore feeds, ParsingGate gate, IOptions<DigestsOptions> options, TimeProvider time, ILogger<FeedPoller> logger)
{
    /// <summary>Polls and returns how many new items were stored. Never throws for a feed's own failure: it is recorded on the feed.</summary>
    public async Task<int> PollAsync(FeedRecord feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var settings = options.Value;
        var now = time.GetUtcNow();
        try
        {
            var (response, parsed, items, page) = await ReadAsync(feed, settings, cancellationToken);
            if (response.NotModified)
            {
                await feeds.UpdateAsync(feed with { NextPollAt = now + settings.PollInterval, Failures = 0, LastError = null, LastPolledAt = now }, cancellationToken);
                return 0;
            }

            var added = page is null
                ? await feeds.AddItemsAsync(feed.Id, items, now, cancellationToken)
                : (await channelItems.StoreAsync(feed.Id, page, now, cancellationToken)).Added;
            await feeds.UpdateAsync(feed with
            {
                Title = parsed?.Title ?? feed.Title,
                SiteUrl = parsed?.SiteUrl ?? feed.SiteUrl,
                ETag = response.ETag,
                LastModified = response.LastModified,
                NextPollAt = now + settings.PollInterval,
                Failures = 0,
                LastError = null,
                LastPolledAt = now,
            }, cancellationToken);
            logger.LogDebug("Polled {Feed}: {Count} entries, {Added} new", feed.Url, page?.Posts.Count ?? items.Count, added);
            return added;
        }
        catch (FeedFetchException ex) when (ex.Data.Contains(ChannelReader.ChannelGone))
        {
            logger.LogWarning("Channel {Feed} has no public preview any more; polling stops: {Error}", feed.Url, ex.Message);
            await feeds.UpdateAsync(feed with { NextPollAt = now + Stopped, Failures = feed.Failures + 1, LastError = ex.Message, LastPolledAt = now }, cancellationToken);
            return 0;
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

    /// <summary>How far away a channel that disappeared is "due": never, in practice (a new /subscribe revives it).</summary>
    public static readonly TimeSpan Stopped = TimeSpan.FromDays(3650);

    /// <summary>True for a source polling stopped for (a channel with no public preview any more); its LastError says why.</summary>
    public static bool IsStopped(FeedRecord feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return feed.LastError is not null && feed.NextPollAt - (feed.LastPolledAt ?? feed.NextPollAt) >= Stopped / 2;
    }

    private async Task<(FeedResponse Response, ParsedFeed? Parsed, List<NewFeedItem> Items, ChannelPage? Page)> ReadAsync(FeedRecord feed, DigestsOptions settings, CancellationToken cancellationToken)
    {
        if (ChannelAddress.IsChannelFeed(feed.Url, out var name))
        {
            var newest = (await feeds.GetLatestAsync(feed.Id, 1, cancellationToken)).Select(i => ChannelItemSync.PostId(i.ItemKey)).FirstOrDefault();
            var (page, channelResponse) = await channels.ReadAsync(name, feed.ETag, feed.LastModified, newest, cancellationToken);
            return page is null
                ? (channelResponse, null, [], null)
                : (channelResponse, new ParsedFeed("telegram-channel", page.Title, ChannelAddress.FeedUrl(name), []), [], page);
        }

        var response = await fetcher.FetchAsync(new Uri(feed.Url), feed.ETag, feed.LastModified, cancellationToken);
        if (response.NotModified)
        {
            return (response, null, [], null);
        }

        var parsed = await FeedParser.ParseAsync(response.Body, gate, cancellationToken);
        return (response, parsed, parsed.Entries.Select(e => mapper.Map(e, response.FinalUrl, settings.TeaserCharacters)).OfType<NewFeedItem>().ToList(), null);
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
