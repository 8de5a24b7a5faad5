namespace Gist.Testing.BotApi;

/// <summary>A token bucket; not thread-safe on its own (the rate limiter holds a lock).</summary>
internal sealed class TokenBucket
{
    private readonly double _capacity;
    private readonly double _tokensPerSecond;
    private double _tokens;
    private long _lastTicks;

    public TokenBucket(double capacity, double tokensPerSecond, long nowTicks)
    {
        _capacity = capacity;
        _tokensPerSecond = tokensPerSecond;
        _tokens = capacity;
        _lastTicks = nowTicks;
    }

    /// <summary>Seconds until one token is available (0 when one is available now), after refilling.</summary>
    public double SecondsUntilToken(long nowTicks, long ticksPerSecond)
    {
        var elapsed = (double)(nowTicks - _lastTicks) / ticksPerSecond;
        _tokens = Math.Min(_capacity, _tokens + (elapsed * _tokensPerSecond));
        _lastTicks = nowTicks;
        return _tokens >= 1 ? 0 : (1 - _tokens) / _tokensPerSecond;
    }

    public void Take() => _tokens -= 1;
}
