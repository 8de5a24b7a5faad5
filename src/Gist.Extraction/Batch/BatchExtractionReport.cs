using System.Globalization;
using System.Text;

namespace Gist.Extraction.Batch;

/// <summary>Outcome of a batch run: pages written, pages that failed (with why), and the speed.</summary>
public sealed record BatchExtractionReport(int Pages, int Failed, TimeSpan Elapsed, IReadOnlyList<string> Errors)
{
    public double PagesPerSecond => Elapsed.TotalSeconds > 0 ? Pages / Elapsed.TotalSeconds : 0;

    /// <summary>One summary line, then one line per failed page, as the batch verb prints them.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{Pages} pages, {Failed} failed, {Elapsed.TotalSeconds:0.00} s ({PagesPerSecond:0.0} pages/s)");
        foreach (var error in Errors)
        {
            sb.Append('\n').Append("failed: ").Append(error);
        }

        return sb.ToString();
    }
}
