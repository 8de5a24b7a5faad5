using System.Globalization;
using System.Text;
using Gist.Evaluation.Measures;
using Gist.Evaluation.Reports;

namespace Gist.Evaluation.Comparison;

/// <summary>
/// <c>--compare</c>: a run against a baseline report, per model and measure. Models pair by name; two runs of one
/// model each pair with each other (model A against model B). A gated measure fails when it got worse by more than
/// the threshold: in points for shares (0.02 = 2 points), relative to the baseline for amounts (0.02 = 2 %).
/// </summary>
public static class ReportComparer
{
    public static IReadOnlyList<MeasureChange> Compare(EvaluationReport baseline, EvaluationReport current, IReadOnlyCollection<string> gate, double threshold)
    {
        var changes = new List<MeasureChange>();
        foreach (var run in current.Models)
        {
            var before = baseline.Models.FirstOrDefault(m => m.Model == run.Model)
                ?? (baseline.Models.Count == 1 && current.Models.Count == 1 ? baseline.Models[0] : null);
            if (before is null)
            {
                continue;
            }

            foreach (var measure in MeasureCatalog.All)
            {
                var old = before.Totals.GetValueOrDefault(measure.Id);
                var now = run.Totals.GetValueOrDefault(measure.Id);
                var gated = gate.Contains(measure.Id, StringComparer.OrdinalIgnoreCase) && measure.HigherIsBetter is not null;
                var worse = old is { } o && now is { } n && measure.HigherIsBetter is { } higher && (higher ? n < o : n > o);
                var fails = gated && worse && Loss(measure, old!.Value, now!.Value) > threshold + 1e-9;
                changes.Add(new MeasureChange(run.Model, before.Model, measure.Id, old, now, gated, worse, fails));
            }
        }

        return changes;
    }

    public static string Format(IReadOnlyList<MeasureChange> changes)
    {
        var rows = changes.Select(c =>
        {
            var measure = MeasureCatalog.Find(c.Measure)!;
            var delta = c.Delta is { } d ? (measure.Unit == MeasureUnit.Share ? (d * 100).ToString("+0.0;-0.0;0", CultureInfo.InvariantCulture) + " pt" : d.ToString("+#,0.####;-#,0.####;0", CultureInfo.InvariantCulture)) : "—";
            var verdict = c.Fails ? "WORSE (fails)" : c.Worse ? "worse" : c.Delta is > 0 or < 0 ? "better" : "";
            if (measure.HigherIsBetter is null && verdict == "better")
            {
                verdict = "";
            }

            return (IReadOnlyList<string>)[c.Model == c.BaselineModel ? c.Model : $"{c.BaselineModel} → {c.Model}", c.Measure, measure.Format(c.Baseline), measure.Format(c.Current), delta, verdict];
        }).ToList();
        var text = new StringBuilder(ConsoleTableWriter.Write(new ReportTable("Compared with the baseline", ["model", "measure", "baseline", "now", "change", ""], rows)));
        return text.ToString();
    }

    /// <summary>How much worse, in the measure's threshold unit.</summary>
    private static double Loss(Measure measure, double old, double now) =>
        measure.Unit == MeasureUnit.Share ? Math.Abs(now - old) : Math.Abs(now - old) / Math.Max(Math.Abs(old), 1e-9);
}
