namespace Gist.Evaluation.Reports;

/// <summary>The machine-readable result of a run (<c>report.json</c>), what <c>--compare</c> reads back.</summary>
/// <param name="PromptVersion">The summarization prompts' content hashes (a prompt edit changes it).</param>
/// <param name="Definitions">Each measure's definition by id.</param>
public sealed record EvaluationReport(
    string Format,
    DateTimeOffset CreatedAt,
    string Set,
    string OutputLanguage,
    string PromptVersion,
    string? JudgeModel,
    IReadOnlyDictionary<string, string> Definitions,
    IReadOnlyList<ModelRun> Models)
{
    public const string CurrentFormat = "gist-eval/1";
}
