using System.Globalization;
using Gist.Evaluation.Measures;
using Gist.Evaluation.Scoring;

namespace Gist.Evaluation.Reports;

/// <summary>The tables every report format shows: totals (models side by side), then each model's articles.</summary>
public static class ReportTables
{
    public static ReportTable Totals(EvaluationReport report) => new(
        "Totals",
        ["measure", .. report.Models.Select(m => m.Model)],
        MeasureCatalog.All
            .Select(measure => (IReadOnlyList<string>)[measure.Id, .. report.Models.Select(m => measure.Format(m.Totals.GetValueOrDefault(measure.Id)))])
            .ToList());

    public static ReportTable Articles(ModelRun run) => new(
        $"{run.Model}: per article",
        ["article", "lang", "outcome", "evidence verified", "reference covered", "speaker", "kind", "output language", "forbidden", "latency ms", "tokens in/out", "cost", "groundedness"],
        run.Articles.Select(a => (IReadOnlyList<string>)
        [
            a.Id,
            a.Language,
            a.Outcome,
            $"{a.VerifiedClaims}/{a.ReturnedClaims}",
            $"{a.CoveredReferenceClaims}/{a.ReferenceClaims}",
            $"{a.SpeakerAgreements}/{a.CoveredReferenceClaims}",
            $"{a.KindAgreements}/{a.CoveredReferenceClaims}",
            a.OutputLanguageOk switch { null => "—", true => "yes", false => $"no ({a.DetectedLanguage ?? "?"})" },
            a.ForbiddenFound.Count == 0 ? "none" : string.Join("; ", a.ForbiddenFound.Select(Shorten)),
            a.LatencyMs.ToString("0", CultureInfo.InvariantCulture) + (a.CachedCalls == a.ModelCalls && a.ModelCalls > 0 ? " (cached)" : ""),
            $"{a.InputTokens}/{a.OutputTokens}",
            a.Cost?.ToString("0.######", CultureInfo.InvariantCulture) ?? "—",
            a.Groundedness?.ToString("0.#", CultureInfo.InvariantCulture) ?? "—",
        ]).ToList());

    public static ReportTable Definitions() => new(
        "Measures",
        ["measure", "better", "definition"],
        MeasureCatalog.All.Select(m => (IReadOnlyList<string>)[m.Id, m.HigherIsBetter switch { true => "higher", false => "lower", null => "—" }, m.Definition]).ToList());

    /// <summary>Why articles failed, per model, for the reader who wants to look closer.</summary>
    public static IEnumerable<string> Failures(ModelRun run) =>
        run.Articles.Where(a => a.Outcome == ArticleOutcomes.Failed)
            .Select(a => $"{run.Model} / {a.Id}: {a.FailureReason ?? "no answer"}");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
