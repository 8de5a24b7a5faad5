using Gist.Core.Digests;
using Gist.Digests.Building;
using Gist.Digests.Feeds;
using Gist.Digests.Scheduling;
using Gist.Telegram.Sending.Throttling;
using Microsoft.Extensions.Logging;

namespace Gist.Telegram.Digests;

/// <summary>
/// Builds and sends one subscriber's digest. A scheduled digest is recorded per (subscriber, local date) in the same
/// transaction that moves the window and the next due time, so a restart neither skips nor repeats one.
/// </summary>
public sealed class DigestDelivery(
    DigestBuilder builder,
    DigestRenderer renderer,
    DigestSender sender,
    ISubscriberStore subscribers,
    ISubscriptionStore subscriptions,
    FeedPollingService polling,
    TimeProvider time,
    ILogger<DigestDelivery> logger)
{
    public const string BlockedReason = "blocked";

    /// <summary>The digest that was due for a claimed subscriber.</summary>
    public async Task DeliverScheduledAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        var zone = ZoneResolver.Find(subscriber.TimeZoneId);
        var localDate = DigestSchedule.LocalDate(subscriber.NextDigestAt, zone);
        var now = time.GetUtcNow();
        var next = DigestSchedule.Next(subscriber.DigestTime, zone, now > subscriber.NextDigestAt ? now : subscriber.NextDigestAt).Due;
        if (await subscribers.WasSentAsync(subscriber.ChatId, localDate, cancellationToken))
        {
            await subscribers.RescheduleAsync(subscriber.ChatId, next, cancellationToken);
            return;
        }

        var digest = await builder.BuildAsync(subscriber.ChatId, DigestWindow.For(subscriber, now), subscriber.IncludeReading, zone, cancellationToken);
        var parts = digest.IsEmpty ? [] : renderer.Render(digest, localDate);
        var sent = parts.Count == 0 ? 0 : await sender.SendAsync(subscriber.ChatId, parts, SendPriority.Bulk, cancellationToken);
        if (sent is null)
        {
            await subscribers.PauseAsync(subscriber.ChatId, BlockedReason, cancellationToken);
            return;
        }

        await subscribers.RecordSentAsync(subscriber.ChatId, localDate, digest.Through, sent.Value, next, now, cancellationToken);
        logger.LogInformation("Digest for {Chat} ({Date}): {Stories} stories, {Messages} messages", subscriber.ChatId, localDate, digest.Stories.Count, sent);
    }

    /// <summary>
    /// /digest now: refreshes the chat's feeds and sends what came in since the last digest (a first digest: the last
    /// 24 hours) at once, as an interactive answer. Returns the number of stories; the window moves on.
    /// </summary>
    public async Task<int> DeliverNowAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        var feeds = await subscriptions.ListAsync(subscriber.ChatId, cancellationToken);
        await polling.PollNowAsync(feeds.Select(f => f.FeedId), cancellationToken);
        var zone = ZoneResolver.Find(subscriber.TimeZoneId);
        var now = time.GetUtcNow();
        var digest = await builder.BuildAsync(subscriber.ChatId, DigestWindow.For(subscriber, now), subscriber.IncludeReading, zone, cancellationToken);
        var parts = renderer.Render(digest, DigestSchedule.LocalDate(now, zone));
        var sent = await sender.SendAsync(subscriber.ChatId, parts, SendPriority.Interactive, cancellationToken);
        if (sent is null)
        {
            await subscribers.PauseAsync(subscriber.ChatId, BlockedReason, cancellationToken);
            return 0;
        }

        var latest = await subscribers.GetAsync(subscriber.ChatId, cancellationToken) ?? subscriber;
        await subscribers.SaveAsync(latest with { LastDigestThrough = digest.Through }, cancellationToken);
        return digest.Stories.Count;
    }
}
