using Gist.Core.Digests;
using Gist.Core.Storage;
using Gist.Core.Telemetry;
using Gist.Digests.Archive;
using Gist.Digests.Building;
using Gist.Digests.Feeds;
using Gist.Digests.Scheduling;
using Gist.Telegram.Sending.Throttling;
using Gist.Telegram.Web;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types.ReplyMarkups;

namespace Gist.Telegram.Digests;

/// <summary>
/// Builds and sends one subscriber's digest, once per (subscriber, local date). The rendered digest is written down
/// (<see cref="IPendingDigestStore"/>) before its first message goes out and each message is recorded as Telegram
/// accepts it; the digest is recorded as sent, with the window and the next due time moved, in one transaction at
/// the end. A run that dies part-way is resumed by the next claim from the first message not yet recorded, with the
/// content first rendered, so a restart neither skips a digest nor builds and sends a second one.
/// The one gap no store can close: Telegram's sendMessage has no idempotency key, so a crash between Telegram
/// accepting a message and our recording it re-sends that single message on resume. That message is sent again
/// rather than dropped (at-least-once per message): a digest missing a part silently loses stories, a repeated part
/// is visible and harmless.
/// </summary>
public sealed class DigestDelivery(
    DigestBuilder builder,
    DigestRenderer renderer,
    DigestSender sender,
    ISubscriberStore subscribers,
    IPendingDigestStore pending,
    ISubscriptionStore subscriptions,
    FeedPollingService polling,
    DigestArchive archive,
    MiniAppLinks links,
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

        var intent = await pending.GetAsync(subscriber.ChatId, localDate, cancellationToken);
        var stories = -1;
        if (intent is null)
        {
            var digest = await builder.BuildAsync(subscriber.ChatId, DigestWindow.For(subscriber, now), subscriber.IncludeReading, zone, cancellationToken);
            var parts = digest.IsEmpty ? [] : renderer.Render(digest, localDate);
            if (parts.Count == 0)
            {
                await subscribers.RecordSentAsync(subscriber.ChatId, localDate, digest.Through, 0, next, now, cancellationToken);
                return;
            }

            stories = digest.Stories.Count;
            await archive.SaveAsync(digest, localDate, cancellationToken);
            intent = await pending.BeginAsync(subscriber.ChatId, localDate, digest.Through, parts, now, cancellationToken);
        }
        else
        {
            logger.LogInformation("Resuming the digest for {Chat} ({Date}) at message {Next} of {Count}", subscriber.ChatId, localDate, intent.PartsSent + 1, intent.Parts.Count);
        }

        for (var index = intent.PartsSent; index < intent.Parts.Count; index++)
        {
            var keyboard = index == intent.Parts.Count - 1 ? OpenButton(subscriber.ChatId, localDate) : null;
            if (await sender.SendPartAsync(subscriber.ChatId, intent.Parts[index], SendPriority.Bulk, cancellationToken, keyboard) is not { } messageId)
            {
                await subscribers.PauseAsync(subscriber.ChatId, BlockedReason, cancellationToken);
                return;
            }

            await pending.MarkPartSentAsync(subscriber.ChatId, localDate, index, messageId, time.GetUtcNow(), cancellationToken);
        }

        await subscribers.RecordSentAsync(subscriber.ChatId, localDate, intent.Through, intent.Parts.Count, next, time.GetUtcNow(), cancellationToken);
        GistMetrics.DigestsSent.Add(1);
        logger.LogInformation("Digest for {Chat} ({Date}): {Stories} stories, {Messages} messages", subscriber.ChatId, localDate, stories, intent.Parts.Count);
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
        var localDate = DigestSchedule.LocalDate(now, zone);
        var parts = renderer.Render(digest, localDate);
        if (!digest.IsEmpty)
        {
            await archive.SaveAsync(digest, localDate, cancellationToken);
        }

        var keyboard = digest.IsEmpty ? null : OpenButton(subscriber.ChatId, localDate);
        var sent = await sender.SendAsync(subscriber.ChatId, parts, SendPriority.Interactive, cancellationToken, keyboard);
        if (sent is null)
        {
            await subscribers.PauseAsync(subscriber.ChatId, BlockedReason, cancellationToken);
            return 0;
        }

        var latest = await subscribers.GetAsync(subscriber.ChatId, cancellationToken) ?? subscriber;
        await subscribers.SaveAsync(latest with { LastDigestThrough = digest.Through }, cancellationToken);
        return digest.Stories.Count;
    }

    /// <summary>The Mini App's "Open" under the digest's last message, when it is served.</summary>
    private InlineKeyboardMarkup? OpenButton(long chatId, DateOnly localDate) =>
        links.ForDigest(chatId, localDate) is { } button ? new InlineKeyboardMarkup(button) : null;
}
