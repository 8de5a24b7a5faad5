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
/// Builds and sends one subscriber's digest, once per (subscriber, local date), on whichever instance claimed the
/// subscriber. The rendered digest is written down (<see cref="IPendingDigestStore"/>) before its first message goes
/// out; each message is marked as being sent right before its request (fenced by the claim) and as sent when Telegram
/// accepts it; the digest is recorded as sent, with the window and the next due time moved, in one transaction at
/// the end. A run that dies part-way is resumed by the next claim, on any instance, from the first message not yet
/// settled, with the content first rendered.
/// Telegram's sendMessage has no idempotency key, so a message whose request was cut off by the death of its
/// instance may or may not have arrived. The rule: such a message is settled as uncertain and never sent again (at
/// most once) — a repeated digest is what users notice and report, the request had most likely reached Telegram,
/// and the whole digest stays one tap away under "Open". Each one is logged and counted (gist.digests.parts_uncertain)
/// and the digest's record keeps their number.
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

    /// <summary>The digest that was due for a subscriber <paramref name="claimant"/> claimed.</summary>
    public async Task DeliverScheduledAsync(Subscriber subscriber, string claimant, CancellationToken cancellationToken)
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

        if (intent.SendingPart is { } cutOff)
        {
            intent = await SettleUncertainAsync(intent, cutOff, cancellationToken);
            if (intent is null)
            {
                return; // finished meanwhile by another instance
            }
        }

        for (var index = intent.PartsSent; index < intent.Parts.Count; index++)
        {
            var keyboard = index == intent.Parts.Count - 1 ? OpenButton(subscriber.ChatId, localDate) : null;
            var fence = new DigestPartFence(pending, time, subscriber.ChatId, localDate, index, claimant);
            var sent = await sender.SendPartAsync(subscriber.ChatId, intent.Parts[index], SendPriority.Bulk, cancellationToken, keyboard, fence);
            if (sent.Outcome == PartOutcome.Refused)
            {
                await subscribers.PauseAsync(subscriber.ChatId, BlockedReason, cancellationToken);
                return;
            }

            // Recorded even while stopping: the request finished, and an unrecorded message would be left uncertain.
            if (sent.Outcome == PartOutcome.Fenced
                || !await pending.MarkPartSentAsync(subscriber.ChatId, localDate, index, sent.MessageId, time.GetUtcNow(), CancellationToken.None))
            {
                logger.LogWarning("Instance {Claimant} no longer holds the digest for {Chat} ({Date}) at message {Part}; another instance finishes it",
                    claimant, subscriber.ChatId, localDate, index + 1);
                return;
            }
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

    /// <summary>
    /// The message whose send began and never ended (its instance died during the request, or lost the connection):
    /// settled as uncertain, not sent again. Returns the digest as it now stands, or null when it was finished meanwhile.
    /// </summary>
    private async Task<PendingDigest?> SettleUncertainAsync(PendingDigest intent, int part, CancellationToken cancellationToken)
    {
        if (await pending.SettleUncertainPartAsync(intent.ChatId, intent.LocalDate, part, time.GetUtcNow(), cancellationToken))
        {
            GistMetrics.DigestPartsUncertain.Add(1);
            logger.LogWarning(
                "Message {Part} of {Count} of the digest for {Chat} ({Date}) was being sent by {Instance} since {Since} and never confirmed: it may or may not have arrived, and is not sent again",
                part + 1, intent.Parts.Count, intent.ChatId, intent.LocalDate, intent.SendingBy, intent.SendingSince);
        }

        return await pending.GetAsync(intent.ChatId, intent.LocalDate, cancellationToken);
    }

    /// <summary>The Mini App's "Open" under the digest's last message, when it is served.</summary>
    private InlineKeyboardMarkup? OpenButton(long chatId, DateOnly localDate) =>
        links.ForDigest(chatId, localDate) is { } button ? new InlineKeyboardMarkup(button) : null;
}
