using Gist.Core.Digests;
using Gist.Digests.Channels;
using Gist.Digests.Feeds;
using Gist.Digests.Opml;
using Gist.Digests.Scheduling;
using Microsoft.Extensions.Options;
using Gist.Core.Storage;

namespace Gist.Digests.Subscriptions;

/// <summary>The subscriber's side of digests: subscribe (with feed discovery), unsubscribe, filters, OPML, schedule settings.</summary>
public sealed class SubscriptionService(
    FeedLocator locator,
    ChannelReader channels,
    ChannelItemSync channelItems,
    FeedItemMapper mapper,
    IFeedStore feeds,
    ISubscriptionStore subscriptions,
    ISubscriberStore subscribers,
    IOptions<DigestsOptions> options,
    TimeProvider time)
{
    /// <exception cref="FeedFetchException">The address cannot be read or holds no feed (the message is fit for the chat).</exception>
    public async Task<SubscribeResult> SubscribeAsync(long chatId, Uri address, CancellationToken cancellationToken)
    {
        var existing = await subscriptions.ListAsync(chatId, cancellationToken);
        if (existing.Count >= options.Value.MaxSubscriptionsPerChat)
        {
            throw new FeedFetchException($"You have {existing.Count} subscriptions, the most a chat can have. Remove one with /subscriptions first.", isTransient: false);
        }

        var found = await locator.LocateAsync(address, cancellationToken);
        var now = time.GetUtcNow();
        var feed = await feeds.GetOrAddAsync(found.Url.AbsoluteUri, found.Feed.Title, found.Feed.SiteUrl, now, cancellationToken);
        var items = found.Feed.Entries.Select(e => mapper.Map(e, found.Url, options.Value.TeaserCharacters)).OfType<NewFeedItem>().ToList();
        await feeds.AddItemsAsync(feed.Id, items, now, cancellationToken);
        await feeds.UpdateAsync(feed with
        {
            Title = found.Feed.Title ?? feed.Title,
            SiteUrl = found.Feed.SiteUrl ?? feed.SiteUrl,
            ETag = found.Response.ETag,
            LastModified = found.Response.LastModified,
            NextPollAt = now + options.Value.PollInterval,
            Failures = 0,
            LastError = null,
            LastPolledAt = now,
        }, cancellationToken);
        var (subscription, created) = await subscriptions.AddAsync(chatId, feed.Id, now, cancellationToken);
        await EnsureSubscriberAsync(chatId, cancellationToken);
        return new SubscribeResult(subscription, created, await feeds.GetLatestAsync(feed.Id, Building.DigestWindow.LatestShownAtSubscribe, cancellationToken));
    }

    /// <summary>
    /// Subscribes to a public channel: its preview is read at once (paged back over the last day), so a name without
    /// one gets the reason now, and its posts are stored as items like a feed's.
    /// </summary>
    /// <exception cref="FeedFetchException">The channel cannot be read (the message is fit for the chat).</exception>
    public async Task<SubscribeResult> SubscribeChannelAsync(long chatId, string name, CancellationToken cancellationToken)
    {
        var existing = await subscriptions.ListAsync(chatId, cancellationToken);
        if (existing.Count >= options.Value.MaxSubscriptionsPerChat)
        {
            throw new FeedFetchException($"You have {existing.Count} subscriptions, the most a chat can have. Remove one with /subscriptions first.", isTransient: false);
        }

        var (page, response) = await channels.ReadAsync(name, null, null, null, cancellationToken);
        var now = time.GetUtcNow();
        var title = page?.Title ?? "@" + name;
        var feed = await feeds.GetOrAddAsync(ChannelAddress.FeedUrl(name), title, ChannelAddress.FeedUrl(name), now, cancellationToken);
        if (page is not null)
        {
            await channelItems.StoreAsync(feed.Id, page, now, cancellationToken);
        }

        await feeds.UpdateAsync(feed with
        {
            Title = title,
            ETag = response.ETag,
            LastModified = response.LastModified,
            NextPollAt = now + options.Value.PollInterval,
            Failures = 0,
            LastError = null,
            LastPolledAt = now,
        }, cancellationToken);
        var (subscription, created) = await subscriptions.AddAsync(chatId, feed.Id, now, cancellationToken);
        await EnsureSubscriberAsync(chatId, cancellationToken);
        return new SubscribeResult(subscription, created, await feeds.GetLatestAsync(feed.Id, 3, cancellationToken));
    }

    /// <summary>
    /// Imports the feeds of an OPML list, trying at most as many addresses as the chat has subscriptions left: a
    /// failed address counts too, so one file cannot make the bot fetch without end.
    /// </summary>
    public async Task<ImportResult> ImportAsync(long chatId, byte[] opml, CancellationToken cancellationToken)
    {
        var outlines = OpmlDocument.Read(opml);
        var existing = await subscriptions.ListAsync(chatId, cancellationToken);
        var room = Math.Max(0, options.Value.MaxSubscriptionsPerChat - existing.Count);
        var added = new List<string>();
        var failed = new List<(string, string)>();
        foreach (var outline in outlines.Take(room))
        {
            if (!Uri.TryCreate(outline.XmlUrl, UriKind.Absolute, out var url))
            {
                failed.Add((outline.XmlUrl, "not an absolute address"));
                continue;
            }

            try
            {
                var result = await SubscribeAsync(chatId, url, cancellationToken);
                added.Add(result.Subscription.FeedTitle ?? outline.Title ?? outline.XmlUrl);
            }
            catch (FeedFetchException ex)
            {
                failed.Add((outline.XmlUrl, ex.Message));
            }
        }

        return new ImportResult(added, failed, outlines.Count - Math.Min(room, outlines.Count));
    }

    public async Task<string> ExportAsync(long chatId, CancellationToken cancellationToken)
    {
        var list = await subscriptions.ListAsync(chatId, cancellationToken);
        var outlines = new List<OpmlOutline>();
        foreach (var s in list)
        {
            var feed = await feeds.GetAsync(s.FeedId, cancellationToken);
            outlines.Add(new OpmlOutline(s.FeedUrl, s.FeedTitle, feed?.SiteUrl));
        }

        return OpmlDocument.Write(outlines, "Gist subscriptions", time.GetUtcNow());
    }

    /// <summary>The chat's digest settings, created with the defaults (first digest at the next default time) when new.</summary>
    public async Task<Subscriber> EnsureSubscriberAsync(long chatId, CancellationToken cancellationToken)
    {
        if (await subscribers.GetAsync(chatId, cancellationToken) is { } known)
        {
            return known;
        }

        var settings = options.Value;
        var zone = ZoneResolver.Find(settings.DefaultTimeZone);
        var next = DigestSchedule.Next(settings.DefaultDigestTime, zone, time.GetUtcNow()).Due;
        var subscriber = new Subscriber(chatId, settings.DefaultTimeZone, settings.DefaultDigestTime, next, null, null, IncludeReading: true);
        await subscribers.SaveAsync(subscriber, cancellationToken);
        return subscriber;
    }

    /// <summary>Sets the digest time and/or zone and recomputes the next due time; a paused chat is resumed (it spoke to the bot again).</summary>
    public async Task<Subscriber> UpdateScheduleAsync(long chatId, TimeOnly? digestTime, string? zoneId, CancellationToken cancellationToken)
    {
        var current = await EnsureSubscriberAsync(chatId, cancellationToken);
        var updated = current with { DigestTime = digestTime ?? current.DigestTime, TimeZoneId = zoneId ?? current.TimeZoneId, PausedReason = null };
        var next = DigestSchedule.Next(updated.DigestTime, ZoneResolver.Find(updated.TimeZoneId), time.GetUtcNow()).Due;
        updated = updated with { NextDigestAt = next };
        await subscribers.SaveAsync(updated, cancellationToken);
        return updated;
    }

    public async Task<Subscriber> SetReadingAsync(long chatId, bool include, CancellationToken cancellationToken)
    {
        var current = await EnsureSubscriberAsync(chatId, cancellationToken);
        var updated = current with { IncludeReading = include };
        await subscribers.SaveAsync(updated, cancellationToken);
        return updated;
    }
}
