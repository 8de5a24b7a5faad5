namespace Gist.Extraction.Batch;

/// <summary>Outcome of a batch run: pages written, pages that failed (with why), and the speed.</summary>
public sealed record BatchExtractionReport(int Pages, int Failed, TimeSpan Elapsed, IReadOnlyList<string> Errors)
{
    public double PagesPerSecond => Elapsed.TotalSeconds > 0 ? Pages / Elapsed.TotalSeconds : 0;
}
