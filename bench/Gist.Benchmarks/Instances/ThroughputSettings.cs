namespace Gist.Benchmarks.Instances;

/// <summary>One model-bound run on several instances: the fake model's latency L, Llm__MaxConcurrency C per instance.</summary>
public sealed record ThroughputSettings(int Instances, double LatencySeconds, int Concurrency, int MaxParallelUpdates, int Chats,
    double WarmupSeconds, double Seconds)
{
    /// <summary>The physical bound: n·C calls every L seconds.</summary>
    public double BoundPerSecond => Instances * Concurrency / LatencySeconds;

    /// <summary>Enough updates that the inbox never runs dry before the window ends (10 % to spare).</summary>
    public int Updates => (int)Math.Ceiling(BoundPerSecond * (WarmupSeconds + Seconds + 15) * 1.1);
}
