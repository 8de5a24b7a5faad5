using Gist.Evaluation.Reports;

namespace Gist.Evaluation.Tests.Support;

/// <summary>One <c>gist eval</c> run: exit code, standard output, and the report folder it wrote.</summary>
public sealed record EvalResult(int ExitCode, string Output, string? ReportFolder)
{
    public EvaluationReport Report => ReportFiles.Read(ReportFolder ?? throw new InvalidOperationException("The run wrote no report.\n" + Output));

    public double? Total(string model, string measure) =>
        Report.Models.Single(m => m.Model == model).Totals.GetValueOrDefault(measure);
}
