using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gist.Evaluation.Reports;

/// <summary>Writes a run's report.md, report.html and report.json into a new folder, and reads a report.json back.</summary>
public static class ReportFiles
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <returns>The folder written: <c>&lt;reports&gt;/&lt;yyyyMMdd-HHmmss&gt;</c> (with a suffix if it exists).</returns>
    public static string Write(EvaluationReport report, string reportsFolder)
    {
        var name = report.CreatedAt.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var folder = Path.Combine(reportsFolder, name);
        for (var n = 2; Directory.Exists(folder); n++)
        {
            folder = Path.Combine(reportsFolder, $"{name}-{n}");
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "report.json"), JsonSerializer.Serialize(report, Json));
        File.WriteAllText(Path.Combine(folder, "report.md"), MarkdownReportWriter.Write(report));
        File.WriteAllText(Path.Combine(folder, "report.html"), HtmlReportWriter.Write(report));
        return folder;
    }

    /// <param name="path">A report.json, or the folder holding one.</param>
    /// <exception cref="InvalidDataException">Not a report this version can read.</exception>
    public static EvaluationReport Read(string path)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, "report.json") : path;
        if (!File.Exists(file))
        {
            throw new InvalidDataException($"No report at {file}.");
        }

        EvaluationReport? report;
        try
        {
            report = JsonSerializer.Deserialize<EvaluationReport>(File.ReadAllText(file), Json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{file} is not a report.json ({ex.Message}).", ex);
        }

        return report is { Format: EvaluationReport.CurrentFormat }
            ? report
            : throw new InvalidDataException($"{file} is not a {EvaluationReport.CurrentFormat} report.");
    }
}
