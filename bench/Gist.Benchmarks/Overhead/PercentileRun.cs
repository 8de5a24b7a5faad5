using System.Diagnostics;
using System.Globalization;
using Gist.Benchmarks.Support;

namespace Gist.Benchmarks.Overhead;

/// <summary>
/// The whole request many times in a row, timed one by one, for the median and the 99th percentile (which
/// BenchmarkDotNet's averaged iterations hide): GC pauses and SQLite checkpoints show up here.
/// </summary>
public static class PercentileRun
{
    public const double MedianTargetMs = 5;
    public const double P99TargetMs = 50;

    public static async Task<int> RunAsync(int requests, string samplePath)
    {
        Console.WriteLine(MachineInfo.Describe());
        Console.WriteLine($"sample: {Path.GetFileName(samplePath)} ({new FileInfo(samplePath).Length:N0} bytes)");
        await using var pipeline = await PipelineOverhead.CreateAsync(samplePath);
        var timings = new List<double>(requests);
        var gcBefore = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2);
        var total = Stopwatch.StartNew();
        for (var i = 0; i < requests; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await pipeline.RunOnceAsync();
            timings.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        total.Stop();
        var stats = new Percentiles(timings);
        var gcs = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2) - gcBefore;
        Console.WriteLine($"pipeline overhead per request (everything but the model): {stats.Describe()}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one core sustains {requests / total.Elapsed.TotalSeconds:F0} requests/s of Gist's own work; {gcs} GCs during the run"));
        var tenth = Math.Max(1, requests / 10);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"as the database grows: median of the first {tenth} requests {new Percentiles(timings.Take(tenth)).Median:F3} ms, of the last {tenth} {new Percentiles(timings.TakeLast(tenth)).Median:F3} ms"));
        var ok = stats.Median <= MedianTargetMs && stats.P99 <= P99TargetMs;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"target median <= {MedianTargetMs} ms, p99 <= {P99TargetMs} ms: {(ok ? "MET" : "MISSED")}; load average after: {MachineInfo.LoadAverage()}"));
        return ok ? 0 : 1;
    }
}
