namespace Gist.Testing.BotApi;

/// <summary>A token bucket; not thread-safe on its own (the rate limiter holds a lock).</summary>
internal sealed class TokenBucket
{
    private readonly double capacity;
    private readonly double tokensPerSecond;
    private double tokens;
    private long lastTicks;

    public TokenBucket(double capacity, double tokensPerSecond, long nowTicks)
    {
        this.capacity = capacity;
        this.tokensPerSecond = tokensPerSecond;
        tokens = capacity;
        lastTicks = nowTicks;
    }

    /// <summary>Seconds until one token is available (0 when one is available now), after refilling.</summary>
    public double SecondsUntilToken(long nowTicks, long ticksPerSecond)
    {
        var elapsed = (double)(nowTicks - lastTicks) / ticksPerSecond;
        tokens = Math.Min(this.capacity, tokens + (elapsed * this.tokensPerSecond));
        lastTicks = nowTicks;
        return tokens >= 1 ? 0 : (1 - tokens) / this.tokensPerSecond;
    }

    public void Take() => tokens -= 1;
}
