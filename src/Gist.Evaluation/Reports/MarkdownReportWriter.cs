using System.Globalization;
using System.Text;

namespace Gist.Evaluation.Reports;

/// <summary>report.md: the run's settings, the totals, each model's articles, failures and the definitions.</summary>
public static class MarkdownReportWriter
{
    public static string Write(EvaluationReport report)
    {
        var text = new StringBuilder();
        text.AppendLine($"# Gist evaluation: {report.Set}").AppendLine();
        text.AppendLine($"- Run: {report.CreatedAt.ToString("u", CultureInfo.InvariantCulture)}");
        text.AppendLine($"- Output language: {report.OutputLanguage}");
        text.AppendLine($"- Prompts: `{report.PromptVersion}`");
        text.AppendLine($"- Judge: {report.JudgeModel ?? "none (groundedness not measured)"}").AppendLine();
        Table(text, ReportTables.Totals(report));
        foreach (var run in report.Models)
        {
            Table(text, ReportTables.Articles(run));
        }

        var failures = report.Models.SelectMany(ReportTables.Failures).ToList();
        if (failures.Count > 0)
        {
            text.AppendLine("## Failures").AppendLine();
            failures.ForEach(f => text.AppendLine("- " + Cell(f)));
            text.AppendLine();
        }

        Table(text, ReportTables.Definitions());
        return text.ToString();
    }

    private static void Table(StringBuilder text, ReportTable table)
    {
        text.AppendLine($"## {table.Title}").AppendLine();
        text.AppendLine("| " + string.Join(" | ", table.Header.Select(Cell)) + " |");
        text.AppendLine("|" + string.Concat(table.Header.Select(_ => " --- |")));
        foreach (var row in table.Rows)
        {
            text.AppendLine("| " + string.Join(" | ", row.Select(Cell)) + " |");
        }

        text.AppendLine();
    }

    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
