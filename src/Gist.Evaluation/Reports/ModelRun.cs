using Gist.Evaluation.Scoring;

namespace Gist.Evaluation.Reports;

/// <summary>One model over the set: the totals by measure id, and every article's score.</summary>
public sealed record ModelRun(string Model, IReadOnlyDictionary<string, double?> Totals, IReadOnlyList<ArticleScore> Articles);
