using Telegram.Bot.Exceptions;

namespace Gist.Telegram.Receiving;

/// <summary>
/// How long to wait before calling the Bot API again after a failure: Telegram's own retry_after when it sent one
/// (https://core.telegram.org/bots/api#responseparameters), else an exponential backoff from 1 s up to a cap.
/// </summary>
public sealed class BotApiBackoff(TimeSpan max)
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    private TimeSpan next = First;

    /// <summary>The wait after <paramref name="error"/>; the backoff grows for the next failure.</summary>
    public TimeSpan After(Exception error)
    {
        var delay = error is ApiRequestException { Parameters.RetryAfter: { } retryAfter } ? TimeSpan.FromSeconds(retryAfter) : next;
        next = TimeSpan.FromTicks(Math.Min(next.Ticks * 2, max.Ticks));
        return delay;
    }

    /// <summary>A call went through: the next failure starts again from 1 s.</summary>
    public void Reset() => next = First;
}
