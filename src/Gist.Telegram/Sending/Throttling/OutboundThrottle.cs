using Gist.Core.Telemetry;
using Microsoft.Extensions.Options;

namespace Gist.Telegram.Sending.Throttling;

/// <summary>
/// Keeps every outgoing message within Telegram's limits: a one-second sliding window for the global rate, a next
/// allowed time per chat (1 s in a private chat, 3 s in a group: chat ids below zero), and pauses set by a 429's
/// retry_after for one chat or for all. Bulk sends (digests) never use the last <see cref="ThrottleOptions.InteractiveReserve"/>
/// slots of a second, and take no slot at all while an interactive send is waiting for one, so a user's reply goes
/// out at once (or with the next slot that frees), however large the broadcast.
/// </summary>
public sealed class OutboundThrottle(TimeProvider time, IOptions<ThrottleOptions> options)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxNap = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan YieldNap = TimeSpan.FromMilliseconds(10);
    private readonly object gate = new();
    private readonly Queue<DateTimeOffset> recent = new();
    private readonly Dictionary<long, DateTimeOffset> chatNext = [];
    private readonly Dictionary<long, DateTimeOffset> chatPause = [];
    private DateTimeOffset globalPauseUntil = DateTimeOffset.MinValue;
    private int interactiveWaiting;

    /// <summary>Waits until a message to the chat may go out, and takes its slot.</summary>
    /// <param name="edit">An edit of a message already sent (the placeholder turned into the answer): it counts
    /// toward the global rate and respects a 429 pause, but not the one-message-per-second spacing of new messages.</param>
    public async ValueTask WaitAsync(long chatId, SendPriority priority, CancellationToken cancellationToken, bool edit = false)
    {
        var wait = TryTake(chatId, priority, edit);
        GistMetrics.MessagesSent.Add(1, new KeyValuePair<string, object?>("priority", priority == SendPriority.Interactive ? "interactive" : "broadcast"));
        if (wait <= TimeSpan.Zero)
        {
            return;
        }

        GistMetrics.MessagesThrottled.Add(1);

        var interactive = priority == SendPriority.Interactive;
        if (interactive)
        {
            Interlocked.Increment(ref interactiveWaiting);
        }

        try
        {
            while (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait < MaxNap ? wait : MaxNap, time, cancellationToken);
                wait = TryTake(chatId, priority, edit);
            }
        }
        finally
        {
            if (interactive)
            {
                Interlocked.Decrement(ref interactiveWaiting);
            }
        }
    }

    /// <summary>A 429 answered for one chat: nothing more to it until retry_after has passed.</summary>
    public void PauseChat(long chatId, TimeSpan retryAfter)
    {
        GistMetrics.TelegramTooManyRequests.Add(1, new KeyValuePair<string, object?>("scope", "chat"));
        lock (gate)
        {
            var until = time.GetUtcNow() + retryAfter;
            chatPause[chatId] = chatPause.TryGetValue(chatId, out var paused) && paused > until ? paused : until;
        }
    }

    /// <summary>A 429 that is not about one chat: every send waits.</summary>
    public void PauseAll(TimeSpan retryAfter)
    {
        GistMetrics.TelegramTooManyRequests.Add(1, new KeyValuePair<string, object?>("scope", "all"));
        lock (gate)
        {
            var until = time.GetUtcNow() + retryAfter;
            globalPauseUntil = until > globalPauseUntil ? until : globalPauseUntil;
        }
    }

    /// <summary>Zero when the slot was taken, else how long to wait before asking again.</summary>
    private TimeSpan TryTake(long chatId, SendPriority priority, bool edit)
    {
        var settings = options.Value;
        lock (gate)
        {
            var now = time.GetUtcNow();
            while (recent.Count > 0 && recent.Peek() <= now - Window)
            {
                recent.Dequeue();
            }

            var wait = globalPauseUntil - now;
            if (!edit && chatNext.TryGetValue(chatId, out var next) && next - now > wait)
            {
                wait = next - now;
            }

            if (chatPause.TryGetValue(chatId, out var paused) && paused - now > wait)
            {
                wait = paused - now;
            }

            var capacity = priority == SendPriority.Interactive ? settings.MessagesPerSecond : Math.Max(1, settings.MessagesPerSecond - settings.InteractiveReserve);
            if (priority == SendPriority.Bulk && Volatile.Read(ref interactiveWaiting) > 0 && wait < YieldNap)
            {
                wait = YieldNap;
            }

            if (recent.Count >= capacity)
            {
                var freeAt = recent.ElementAt(recent.Count - capacity) + Window - now;
                wait = freeAt > wait ? freeAt : wait;
            }

            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            recent.Enqueue(now);
            if (!edit)
            {
                chatNext[chatId] = now + (chatId < 0 ? settings.GroupChatInterval : settings.PrivateChatInterval);
            }

            if (chatNext.Count > 50_000)
            {
                Prune(chatNext, now);
                Prune(chatPause, now);
            }

            return TimeSpan.Zero;
        }
    }

    private static void Prune(Dictionary<long, DateTimeOffset> times, DateTimeOffset now)
    {
        foreach (var stale in times.Where(c => c.Value <= now).Select(c => c.Key).ToList())
        {
            times.Remove(stale);
        }
    }
}
