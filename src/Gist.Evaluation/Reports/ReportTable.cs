namespace Gist.Evaluation.Reports;

/// <summary>A titled table of plain text cells, rendered as Markdown, HTML or console text.</summary>
public sealed record ReportTable(string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);
