namespace Gist.Core.Storage;

/// <summary>
/// Send slots kept in this process: a one-second sliding window for the bot's rate (a broadcast never takes the last
/// <see cref="SendSlotRules.InteractiveReserve"/> of a second), a next allowed time per chat, and the pauses of 429s.
/// A slot is granted now or refused with the time until one frees: nothing is booked ahead, so a burst within the
/// limits never waits (timed on the process's <see cref="TimeProvider"/>). The store of one process on SQLite, and
/// the fallback of any instance while the shared store does not answer.
/// </summary>
public sealed class InProcessSendSlots(TimeProvider time) : ISendSlotStore
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Lock gate = new();
    private readonly Queue<DateTimeOffset> recent = new();
    private readonly Dictionary<long, DateTimeOffset> chatNext = [];
    private readonly Dictionary<long, DateTimeOffset> chatPause = [];
    private DateTimeOffset botPauseUntil = DateTimeOffset.MinValue;

    public Task<SendSlot> ReserveAsync(SendSlotRequest request, SendSlotRules rules, CancellationToken cancellationToken) =>
        Task.FromResult(Reserve(request, rules));

    public Task PauseAsync(long? chatId, TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        Pause(chatId, retryAfter);
        return Task.CompletedTask;
    }

    /// <summary>Takes a slot now, or says how long until asking again makes sense.</summary>
    public SendSlot Reserve(SendSlotRequest request, SendSlotRules rules)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(rules);
        lock (gate)
        {
            var now = time.GetUtcNow();
            while (recent.Count > 0 && recent.Peek() <= now - Window)
            {
                recent.Dequeue();
            }

            var wait = botPauseUntil - now;
            if (!request.Edit && chatNext.TryGetValue(request.ChatId, out var next) && next - now > wait)
            {
                wait = next - now;
            }

            if (chatPause.TryGetValue(request.ChatId, out var paused) && paused - now > wait)
            {
                wait = paused - now;
            }

            var capacity = request.Bulk ? rules.BulkPerSecond : rules.MessagesPerSecond;
            if (recent.Count >= capacity)
            {
                var freeAt = recent.ElementAt(recent.Count - capacity) + Window - now;
                wait = freeAt > wait ? freeAt : wait;
            }

            if (wait > TimeSpan.Zero)
            {
                return new SendSlot(wait, Reserved: false);
            }

            recent.Enqueue(now);
            if (!request.Edit)
            {
                chatNext[request.ChatId] = now + rules.ChatInterval(request.ChatId);
            }

            if (chatNext.Count > 50_000)
            {
                Prune(chatNext, now);
                Prune(chatPause, now);
            }

            return SendSlot.Now;
        }
    }

    /// <summary>No slot for the chat (null: for any chat) until <paramref name="retryAfter"/> has passed.</summary>
    public void Pause(long? chatId, TimeSpan retryAfter)
    {
        lock (gate)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (chatId is not { } chat)
            {
                botPauseUntil = until > botPauseUntil ? until : botPauseUntil;
            }
            else if (!chatPause.TryGetValue(chat, out var paused) || paused < until)
            {
                chatPause[chat] = until;
            }
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
