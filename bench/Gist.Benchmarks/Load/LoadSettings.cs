namespace Gist.Benchmarks.Load;

/// <summary>One load run: how many requests from how many chats, the model's latency and concurrency, the bot's parallelism.</summary>
public sealed record LoadSettings(int Requests, int Chats, double LatencySeconds, int Concurrency, int MaxParallelUpdates, bool RateLimits, bool Build)
{
    public int PerChat => Requests / Chats;

    /// <summary>The physical bound: C requests every L seconds.</summary>
    public double BoundPerSecond => Concurrency / LatencySeconds;
}
