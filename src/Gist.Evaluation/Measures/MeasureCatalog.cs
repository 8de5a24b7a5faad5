using Gist.Evaluation.Scoring;

namespace Gist.Evaluation.Measures;

/// <summary>Every measure of a run, in report order. The definitions are printed in each report.</summary>
public static class MeasureCatalog
{
    public static readonly IReadOnlyList<Measure> All =
    [
        new("accepted", "Share of articles the pipeline answered with the model: the answer passed the JSON schema and the output checks, at first try or after the one repair request. The rest would have got the offline engine's summary.",
            MeasureUnit.Share, true, s => Share(s, a => a.Accepted)),
        new("json_first_try", "Share of articles whose first answer parsed as the summary JSON.",
            MeasureUnit.Share, true, s => Share(s, a => a.JsonFirstTry)),
        new("json_after_repair", "Share of articles whose last answer (the repair's, when one was asked) parsed as the summary JSON.",
            MeasureUnit.Share, true, s => Share(s, a => a.JsonAfterRepair)),
        new("evidence_verified", "Returned claims whose evidence Gist's claim verifier finds in the article, over all returned claims of all articles.",
            MeasureUnit.Share, true, s => Ratio(s.Sum(a => a.VerifiedClaims), s.Sum(a => a.ReturnedClaims))),
        new("claims_dropped", "Returned claims users never see: evidence not found in the article, or past Llm:MaxClaims (total over the set).",
            MeasureUnit.Amount, false, s => s.Sum(a => a.ReturnedClaims - a.VerifiedClaims)),
        new("reference_covered", "Reference claims matched by a verified claim of the answer whose evidence overlaps the reference evidence by at least half of the shorter span (wording of the claim does not matter), over all reference claims.",
            MeasureUnit.Share, true, s => Ratio(s.Sum(a => a.CoveredReferenceClaims), s.Sum(a => a.ReferenceClaims))),
        new("speaker_agreement", "Among matched claims, share whose speaker names the reference speaker or one of its aliases.",
            MeasureUnit.Share, true, s => Ratio(s.Sum(a => a.SpeakerAgreements), s.Sum(a => a.CoveredReferenceClaims))),
        new("kind_agreement", "Among matched claims, share whose kind is the reference kind or an accepted alternative.",
            MeasureUnit.Share, true, s => Ratio(s.Sum(a => a.KindAgreements), s.Sum(a => a.CoveredReferenceClaims))),
        new("output_language", "Share of answered articles whose headline and summary are in the requested language (the language detector does not clearly find another one; the pipeline's own check).",
            MeasureUnit.Share, true, s => Share(s.Where(a => a.OutputLanguageOk is not null).ToList(), a => a.OutputLanguageOk == true)),
        new("source_language", "Share of answered articles whose reported source language is the reference language.",
            MeasureUnit.Share, true, s => Share(s.Where(a => a.SourceLanguageOk is not null).ToList(), a => a.SourceLanguageOk == true)),
        new("forbidden_text", "Share of articles whose answer (headline, summary, any claim, including those the check dropped) contains a forbidden passage of the reference, such as a \"read also\" tail.",
            MeasureUnit.Share, false, s => Share(s, a => a.ForbiddenFound.Count > 0)),
        new("latency_ms", "Mean time per article spent waiting for the model (all requests of the article, retries included), in milliseconds; a replayed answer reports its original time.",
            MeasureUnit.Amount, false, s => s.Count == 0 ? null : Math.Round(s.Average(a => a.LatencyMs), 1)),
        new("input_tokens", "Mean input tokens per article, as the provider reported them.",
            MeasureUnit.Amount, false, s => s.Count == 0 ? null : Math.Round(s.Average(a => (double)a.InputTokens), 1)),
        new("output_tokens", "Mean output tokens per article, as the provider reported them.",
            MeasureUnit.Amount, false, s => s.Count == 0 ? null : Math.Round(s.Average(a => (double)a.OutputTokens), 1)),
        new("cost", "Total cost of the set from the configured prices (Evaluation:Prices); empty without a price.",
            MeasureUnit.Amount, false, s => s.Any(a => a.Cost is null) ? null : (double)s.Sum(a => a.Cost ?? 0)),
        new("groundedness", "Mean score (1 to 5) a judge model gives to how well the headline and summary are supported by the article; empty without a judge (Evaluation:JudgeModel).",
            MeasureUnit.Amount, true, s => s.Any(a => a.Groundedness is not null) ? Math.Round(s.Where(a => a.Groundedness is not null).Average(a => a.Groundedness!.Value), 2) : null),
    ];

    /// <summary>Measures <c>--compare</c> gates on unless <c>--fail-on</c> names others.</summary>
    public static readonly IReadOnlyList<string> DefaultGate =
        ["accepted", "json_first_try", "evidence_verified", "reference_covered", "speaker_agreement", "kind_agreement", "output_language", "forbidden_text", "groundedness"];

    public static Measure? Find(string id) => All.FirstOrDefault(m => m.Id.Equals(id, StringComparison.OrdinalIgnoreCase));

    private static double? Share(IReadOnlyList<ArticleScore> scores, Func<ArticleScore, bool> holds) =>
        scores.Count == 0 ? null : (double)scores.Count(holds) / scores.Count;

    private static double? Ratio(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
