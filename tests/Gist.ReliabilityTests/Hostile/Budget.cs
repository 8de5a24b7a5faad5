using System.Diagnostics;

namespace Gist.ReliabilityTests.Hostile;

/// <summary>
/// Runs one hostile case on the test's own thread and measures it: wall time and the bytes allocated by this
/// thread (exact, unaffected by tests running beside it). The bounds are generous against a busy 2-core machine:
/// what they catch is the blow-up of the review (20 s and 2.5 GB, 100 s, OutOfMemoryException), not milliseconds.
/// </summary>
public static class Budget
{
    public static readonly TimeSpan Time = TimeSpan.FromSeconds(10);

    public const long Memory = 128L * 1024 * 1024;

    public static (T Result, TimeSpan Elapsed, long Allocated) Measure<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = work();
        return (result, clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    /// <summary>The work throws <typeparamref name="TException"/> within <see cref="Time"/> and <see cref="Memory"/>.</summary>
    public static TException Refused<TException>(string name, Action work, Xunit.Abstractions.ITestOutputHelper output)
        where TException : Exception
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(output);
        var (error, elapsed, allocated) = Measure(() => Assert.Throws<TException>(work));
        output.WriteLine($"{name}: refused in {elapsed.TotalMilliseconds:0} ms, {allocated / 1048576.0:0.0} MB allocated: {error.Message}");
        Within(name, elapsed, allocated);
        return error;
    }

    public static void Within(string name, TimeSpan elapsed, long allocated)
    {
        Assert.True(elapsed < Time, $"{name} took {elapsed}");
        Assert.True(allocated < Memory, $"{name} allocated {allocated / 1048576} MB");
    }
}
