using System.Globalization;

namespace Gist.Benchmarks.Support;

/// <summary>Nearest-rank percentiles of a set of timings, in milliseconds.</summary>
public sealed class Percentiles
{
    private readonly double[] sorted;

    public Percentiles(IEnumerable<double> milliseconds)
    {
        sorted = [.. milliseconds.Order()];
        if (sorted.Length == 0)
        {
            throw new ArgumentException("No samples.", nameof(milliseconds));
        }
    }

    public int Count => sorted.Length;

    public double Median => At(50);

    public double P90 => At(90);

    public double P99 => At(99);

    public double Max => sorted[^1];

    public double Mean => sorted.Average();

    /// <summary>The nearest-rank percentile: the smallest sample with at least p% of samples at or below it.</summary>
    public double At(double percent)
    {
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"n={Count} median={Median:F3} ms p90={P90:F3} ms p99={P99:F3} ms max={Max:F3} ms mean={Mean:F3} ms");
}
