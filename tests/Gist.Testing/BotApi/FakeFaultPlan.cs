namespace Gist.Testing.BotApi;

/// <summary>Ready-made fault injectors for <see cref="FakeBotApiServer.FaultInjector"/>.</summary>
public static class FakeFaultPlan
{
    /// <summary>Fails a <paramref name="share"/> (0..1) of the calls to <paramref name="methods"/> (all methods when
    /// empty) with one of <paramref name="faults"/>, chosen by a seeded random generator (thread-safe).</summary>
    public static Func<string, FakeFault?> Random(double share, int seed, IReadOnlyCollection<FakeFault> faults,
        params string[] methods)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(share);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(share, 1);
        if (faults.Count == 0)
        {
            throw new ArgumentException("At least one fault is needed.", nameof(faults));
        }

        var random = new System.Random(seed);
        var gate = new Lock();
        var choices = faults.ToArray();
        var filter = new HashSet<string>(methods, StringComparer.OrdinalIgnoreCase);
        return method =>
        {
            if (filter.Count > 0 && !filter.Contains(method))
            {
                return null;
            }

            lock (gate)
            {
                return random.NextDouble() < share ? choices[random.Next(choices.Length)] : null;
            }
        };
    }

    /// <summary>Fails exactly the next <paramref name="count"/> calls to <paramref name="method"/> with <paramref name="fault"/>.</summary>
    public static Func<string, FakeFault?> Next(string method, int count, FakeFault fault)
    {
        var remaining = count;
        return called => string.Equals(called, method, StringComparison.OrdinalIgnoreCase)
            && Interlocked.Decrement(ref remaining) >= 0 ? fault : null;
    }
}
