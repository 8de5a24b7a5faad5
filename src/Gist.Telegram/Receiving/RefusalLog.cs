namespace Gist.Telegram.Receiving;

/// <summary>
/// Lets at most one refused-call warning through per <see cref="Window"/>, counting those held back, so a flood of
/// forged webhook calls cannot flood the log (or its disk) as well.
/// </summary>
public sealed class RefusalLog
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Lock gate = new();
    private long nextAllowed = long.MinValue;
    private int heldBack;

    /// <summary>True when this refusal may be logged; <paramref name="suppressed"/> is how many were held back since the last one logged.</summary>
    public bool TryLog(out int suppressed)
    {
        var now = Environment.TickCount64;
        lock (gate)
        {
            if (now < nextAllowed)
            {
                heldBack++;
                suppressed = 0;
                return false;
            }

            nextAllowed = now + (long)Window.TotalMilliseconds;
            suppressed = heldBack;
            heldBack = 0;
            return true;
        }
    }
}
