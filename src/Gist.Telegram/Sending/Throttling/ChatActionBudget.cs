using Microsoft.Extensions.Options;

namespace Gist.Telegram.Sending.Throttling;

/// <summary>
/// A budget for "typing…" chat actions across all chats (Throttle:ChatActionsPerSecond). Each request the model is
/// working on refreshes its chat action every 4 seconds (https://core.telegram.org/bots/api#sendchataction), so a
/// thousand requests in flight would send 250 a second — far past Telegram's flood limits, and real HTTP work in
/// the bot, for a purely cosmetic signal (the placeholder message already says the bot is working). Over budget, a
/// refresh is skipped, never queued.
/// </summary>
public sealed class ChatActionBudget(TimeProvider time, IOptions<ThrottleOptions> options)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Queue<DateTimeOffset> recent = new();
    private readonly object gate = new();

    /// <summary>True when a chat action may be sent now (and counts it); false when this one should be skipped.</summary>
    public bool TryTake()
    {
        var limit = options.Value.ChatActionsPerSecond;
        lock (gate)
        {
            var now = time.GetUtcNow();
            while (recent.Count > 0 && recent.Peek() <= now - Window)
            {
                recent.Dequeue();
            }

            if (recent.Count >= limit)
            {
                return false;
            }

            recent.Enqueue(now);
            return true;
        }
    }
}
