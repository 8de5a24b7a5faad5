using Gist.Cli;
using Gist.Testing.OpenAi;

namespace Gist.Evaluation.Tests.Support;

/// <summary>Runs <c>gist eval</c> in process against the fake model server, with its cache and reports in a temporary folder.</summary>
public sealed class EvalCommand(FakeOpenAiServer server, string workFolder)
{
    public static readonly string SetFolder = Path.Combine(AppContext.BaseDirectory, "eval-set");

    public string CacheFolder { get; set; } = Path.Combine(workFolder, "cache");

    public string? PromptsFolder { get; set; }

    /// <summary>More settings (Evaluation:JudgeModel, prices…), applied last.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <returns>The exit code, what was printed, and the report folder written (null when none was).</returns>
    public async Task<EvalResult> RunAsync(params string[] args)
    {
        var reports = Path.Combine(workFolder, "reports", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "openai",
            ["Llm:Endpoint"] = server.OpenAiEndpoint,
            ["Llm:Model"] = ScriptedEvalModel.Good,
            ["Llm:Resilience:MaxRetries"] = "0",
            ["Evaluation:CachePath"] = CacheFolder,
            ["Evaluation:ReportsPath"] = reports,
            ["Storage:DataPath"] = Path.Combine(workFolder, "data"),
        };
        if (PromptsFolder is not null)
        {
            settings["Llm:PromptsPath"] = PromptsFolder;
        }

        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        var output = new StringWriter();
        var exit = await EvalVerb.RunAsync(args.Contains("--set") ? args : ["--set", SetFolder, .. args], settings, output);
        var written = Directory.Exists(reports) ? Directory.GetDirectories(reports).SingleOrDefault() : null;
        return new EvalResult(exit, output.ToString(), written);
    }
}
