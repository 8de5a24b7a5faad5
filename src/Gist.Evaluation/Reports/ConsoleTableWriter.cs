using System.Text;

namespace Gist.Evaluation.Reports;

/// <summary>A <see cref="ReportTable"/> as aligned plain text for the terminal.</summary>
public static class ConsoleTableWriter
{
    public static string Write(ReportTable table)
    {
        var widths = table.Header.Select((h, i) => table.Rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        text.AppendLine(table.Title);
        Line(text, table.Header, widths);
        text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in table.Rows)
        {
            Line(text, row, widths);
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, IReadOnlyList<string> cells, int[] widths) =>
        text.AppendLine(string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
}
