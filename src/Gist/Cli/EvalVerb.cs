using Gist.Evaluation;
using Gist.Evaluation.Comparison;
using Gist.Evaluation.Measures;
using Gist.Evaluation.Reports;
using Gist.Evaluation.Running;
using Gist.Evaluation.Sets;
using Gist.Extraction;
using Gist.Hosting;
using Gist.Input;
using Gist.Summarization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Gist.Cli;

/// <summary>
/// <c>gist eval</c>: the configured model, or several side by side, over a labelled set; a table on stdout and a
/// report folder (report.md, report.html, report.json). With <c>--compare</c>, the change against a baseline report;
/// exit code 5 when a gated measure got worse by more than the threshold.
/// </summary>
public static class EvalVerb
{
    public const string Usage =
        """
        Usage: gist eval [--set <folder>] [--model <name>[,<name>…]] [--out <folder>] [--language en]
                         [--compare <report.json|folder> [--with <report.json|folder>]] [--fail-on <measure>[,…]] [--threshold 0.02]
        """;

    public const int Regressed = 5;

    public static async Task<int> RunAsync(string[] args, IReadOnlyDictionary<string, string?>? overrides = null, TextWriter? output = null)
    {
        output ??= Console.Out;
        var arguments = new CliArguments(args, "--set", "--model", "--out", "--language", "--compare", "--with", "--fail-on", "--threshold");
        if (arguments.Positional.Count > 0 || arguments.Has("--help"))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var builder = GistHost.CreateBuilder(logToStandardError: true, overrides);
        builder.Services.AddGistExtraction(builder.Configuration);
        builder.Services.AddSingleton<PastedTextCleaner>();
        builder.Services.AddSingleton<PastedArticleFactory>();
        builder.AddGistSummarization();
        builder.Services.AddSingleton<IModelClientFactory, ConfiguredModelClientFactory>();
        builder.AddGistEvaluation();
        using var host = builder.Build();
        await host.StartAsync();
        var options = host.Services.GetRequiredService<IOptions<EvaluationOptions>>().Value;
        if (!GateFrom(arguments, options, out var gate, out var threshold))
        {
            return 2;
        }

        try
        {
            var current = arguments.Value("--with") is { } with
                ? ReportFiles.Read(with)
                : await RunSetAsync(host.Services, arguments, options, output);
            if (current is null)
            {
                return 2;
            }

            if (arguments.Value("--compare") is not { } baselinePath)
            {
                return 0;
            }

            var changes = ReportComparer.Compare(ReportFiles.Read(baselinePath), current, gate, threshold);
            await output.WriteLineAsync(ReportComparer.Format(changes));
            var failed = changes.Where(c => c.Fails).ToList();
            foreach (var change in failed)
            {
                await Console.Error.WriteLineAsync($"{change.Model}: {change.Measure} got worse by more than {threshold} ({MeasureCatalog.Find(change.Measure)!.Format(change.Baseline)} → {MeasureCatalog.Find(change.Measure)!.Format(change.Current)}).");
            }

            return failed.Count > 0 ? Regressed : 0;
        }
        catch (EvaluationSetException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 4;
        }
        catch (InvalidDataException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 4;
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static async Task<EvaluationReport?> RunSetAsync(IServiceProvider services, CliArguments arguments, EvaluationOptions options, TextWriter output)
    {
        var clients = services.GetRequiredService<IModelClientFactory>();
        var models = (arguments.Value("--model") ?? clients.DefaultModel ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (!clients.HasProvider || models.Length == 0)
        {
            await Console.Error.WriteLineAsync("gist eval measures a model: set Llm__Provider, Llm__Endpoint (and Llm__ApiKey) and name the model with Llm__Model or --model.");
            return null;
        }

        var set = arguments.Value("--set") ?? options.SetPath ?? Path.Combine(AppContext.BaseDirectory, "samples", "eval");
        var language = arguments.Value("--language") ?? options.OutputLanguage;
        var report = await services.GetRequiredService<EvaluationRunner>().RunAsync(new EvaluationRun(set, models, language), CancellationToken.None);
        var folder = ReportFiles.Write(report, arguments.Value("--out") ?? options.ReportsPath);
        await output.WriteLineAsync(ConsoleTableWriter.Write(ReportTables.Totals(report)));
        await output.WriteLineAsync($"Report: {Path.Combine(folder, "report.md")} (also report.html, report.json)");
        return report;
    }

    private static bool GateFrom(CliArguments arguments, EvaluationOptions options, out IReadOnlyList<string> gate, out double threshold)
    {
        gate = arguments.Value("--fail-on") is { } named
            ? named.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : MeasureCatalog.DefaultGate;
        threshold = options.CompareThreshold;
        var unknown = gate.Where(g => MeasureCatalog.Find(g) is null).ToList();
        if (unknown.Count > 0)
        {
            Console.Error.WriteLine($"Unknown measure(s) for --fail-on: {string.Join(", ", unknown)}. Known: {string.Join(", ", MeasureCatalog.All.Select(m => m.Id))}.");
            return false;
        }

        if (arguments.Value("--threshold") is { } text)
        {
            if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out threshold) || threshold < 0)
            {
                Console.Error.WriteLine($"--threshold '{text}' is not a number ≥ 0 (e.g. 0.02 for 2 points).");
                return false;
            }
        }

        return true;
    }
}
