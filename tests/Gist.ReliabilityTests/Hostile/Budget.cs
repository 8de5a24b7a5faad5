using System.Diagnostics;

namespace Gist.ReliabilityTests.Hostile;

/// <summary>
/// Runs one hostile case on the test's own thread and measures it: wall time and the bytes allocated by this
/// thread. The allocation is exact and unaffected by tests running beside it, so it is the tight bound (the review
/// saw 2.5 GB, 4.6 GB, OutOfMemoryException); the time bound is loose, for a 2-core machine shared with other
/// work, and catches only what hangs (100 s, 12 minutes). docs/RELIABILITY.md has the measured figures.
/// </summary>
public static class Budget
{
    public static readonly TimeSpan Time = TimeSpan.FromSeconds(45);

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
