using System.Globalization;
using System.Net;
using System.Text;

namespace Gist.Evaluation.Reports;

/// <summary>report.html: the Markdown report's content as one self-contained page (every value escaped).</summary>
public static class HtmlReportWriter
{
    public static string Write(EvaluationReport report)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html><html><head><meta charset=\"utf-8\">");
        html.AppendLine($"<title>Gist evaluation: {E(report.Set)}</title>");
        html.AppendLine("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}"
            + "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f3f3f3}</style>");
        html.AppendLine("</head><body>");
        html.AppendLine($"<h1>Gist evaluation: {E(report.Set)}</h1><ul>");
        html.AppendLine($"<li>Run: {E(report.CreatedAt.ToString("u", CultureInfo.InvariantCulture))}</li>");
        html.AppendLine($"<li>Output language: {E(report.OutputLanguage)}</li>");
        html.AppendLine($"<li>Prompts: <code>{E(report.PromptVersion)}</code></li>");
        html.AppendLine($"<li>Judge: {E(report.JudgeModel ?? "none (groundedness not measured)")}</li></ul>");
        Table(html, ReportTables.Totals(report));
        foreach (var run in report.Models)
        {
            Table(html, ReportTables.Articles(run));
        }

        var failures = report.Models.SelectMany(ReportTables.Failures).ToList();
        if (failures.Count > 0)
        {
            html.AppendLine("<h2>Failures</h2><ul>");
            failures.ForEach(f => html.AppendLine($"<li>{E(f)}</li>"));
            html.AppendLine("</ul>");
        }

        Table(html, ReportTables.Definitions());
        html.AppendLine("</body></html>");
        return html.ToString();
    }

    private static void Table(StringBuilder html, ReportTable table)
    {
        html.AppendLine($"<h2>{E(table.Title)}</h2><table><tr>{string.Concat(table.Header.Select(h => $"<th>{E(h)}</th>"))}</tr>");
        foreach (var row in table.Rows)
        {
            html.AppendLine($"<tr>{string.Concat(row.Select(c => $"<td>{E(c)}</td>"))}</tr>");
        }

        html.AppendLine("</table>");
    }

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
