using Gist.Core.Storage;
using Gist.Core.Telemetry;

namespace Gist.Telegram.Sending.Throttling;

/// <summary>
/// Keeps every outgoing message within Telegram's limits, for the bot as a whole: the slots come from
/// <see cref="FallbackSendSlots"/> (shared by the instances on PostgreSQL, this process's own on SQLite or while the
/// database does not answer). Interactive replies go ahead of digest broadcasts: a broadcast never takes the last
/// <see cref="ThrottleOptions.InteractiveReserve"/> slots of a second, books at most
/// <see cref="ThrottleOptions.BulkHorizon"/> ahead, and takes no slot at all while an interactive send of this
/// process is waiting for one.
/// </summary>
public sealed class OutboundThrottle(FallbackSendSlots slots, TimeProvider time)
{
    private static readonly TimeSpan MaxNap = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan YieldNap = TimeSpan.FromMilliseconds(10);
    private int interactiveWaiting;

    /// <summary>Waits until a message to the chat may go out, and takes its slot.</summary>
    /// <param name="edit">An edit of a message already sent (the placeholder turned into the answer): it counts
    /// toward the global rate and respects a 429 pause, but not the one-message-per-second spacing of new messages.</param>
    public async ValueTask WaitAsync(long chatId, SendPriority priority, CancellationToken cancellationToken, bool edit = false)
    {
        var interactive = priority == SendPriority.Interactive;
        var request = new SendSlotRequest(chatId, Bulk: !interactive, edit);
        GistMetrics.MessagesSent.Add(1, new KeyValuePair<string, object?>("priority", interactive ? "interactive" : "broadcast"));
        var slot = await AskAsync(request, cancellationToken);
        if (slot.Reserved && slot.Wait <= TimeSpan.Zero)
        {
            return;
        }

        GistMetrics.MessagesThrottled.Add(1);
        if (interactive)
        {
            Interlocked.Increment(ref interactiveWaiting);
        }

        try
        {
            while (!slot.Reserved)
            {
                await Task.Delay(slot.Wait < MaxNap ? slot.Wait : MaxNap, time, cancellationToken);
                slot = await AskAsync(request, cancellationToken);
            }

            if (slot.Wait > TimeSpan.Zero)
            {
                // A slot booked ahead in the shared schedule: it is this message's, so no asking again.
                await Task.Delay(slot.Wait, time, cancellationToken);
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

    /// <summary>A 429 answered for one chat: nothing more to it, from any instance, until retry_after has passed.</summary>
    public Task PauseChatAsync(long chatId, TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        GistMetrics.TelegramTooManyRequests.Add(1, new KeyValuePair<string, object?>("scope", "chat"));
        return slots.PauseAsync(chatId, retryAfter, cancellationToken);
    }

    /// <summary>A 429 that is not about one chat: every send of every instance waits.</summary>
    public Task PauseAllAsync(TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        GistMetrics.TelegramTooManyRequests.Add(1, new KeyValuePair<string, object?>("scope", "all"));
        return slots.PauseAsync(null, retryAfter, cancellationToken);
    }

    private Task<SendSlot> AskAsync(SendSlotRequest request, CancellationToken cancellationToken) =>
        request.Bulk && Volatile.Read(ref interactiveWaiting) > 0
            ? Task.FromResult(new SendSlot(YieldNap, Reserved: false))
            : slots.ReserveAsync(request, cancellationToken);
}
