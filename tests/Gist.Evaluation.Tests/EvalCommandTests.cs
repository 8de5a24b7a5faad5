using Gist.Cli;
using Gist.Evaluation.Tests.Support;
using Gist.Testing.OpenAi;

namespace Gist.Evaluation.Tests;

/// <summary><c>gist eval</c> end to end against the fake model server, over the shipped labelled set.</summary>
public sealed class EvalCommandTests : IAsyncLifetime
{
    private readonly string work = Path.Combine(Path.GetTempPath(), "gist-eval-" + Guid.NewGuid().ToString("N"));
    private FakeOpenAiServer server = null!;
    private EvalCommand eval = null!;

    public async Task InitializeAsync()
    {
        server = await FakeOpenAiServer.StartAsync(new ScriptedEvalModel(EvalCommand.SetFolder).RespondAsync);
        eval = new EvalCommand(server, work);
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        if (Environment.GetEnvironmentVariable("GIST_KEEP_EVAL") is null) Directory.Delete(work, recursive: true);
    }

    [Fact]
    public async Task A_good_and_a_bad_model_side_by_side_score_as_such_in_the_table_and_every_report()
    {
        var run = await eval.RunAsync("--model", "good,bad");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1.0, run.Total("good", "accepted"));
        Assert.Equal(1.0, run.Total("good", "json_first_try"));
        Assert.Equal(1.0, run.Total("good", "evidence_verified"));
        Assert.Equal(1.0, run.Total("good", "reference_covered"));
        Assert.Equal(1.0, run.Total("good", "speaker_agreement"));
        Assert.Equal(1.0, run.Total("good", "kind_agreement"));
        Assert.Equal(1.0, run.Total("good", "output_language"));
        Assert.Equal(1.0, run.Total("good", "source_language"));
        Assert.Equal(0.0, run.Total("good", "forbidden_text"));

        // Invalid JSON first; the repaired answer is Spanish, paraphrases every quote and leaks the read-also text.
        Assert.Equal(0.0, run.Total("bad", "accepted"));
        Assert.Equal(0.0, run.Total("bad", "json_first_try"));
        Assert.Equal(1.0, run.Total("bad", "json_after_repair"));
        Assert.Equal(0.0, run.Total("bad", "evidence_verified"));
        Assert.Equal(0.0, run.Total("bad", "reference_covered"));
        Assert.Equal(0.0, run.Total("bad", "output_language"));
        Assert.Equal(7.0 / 9, run.Total("bad", "forbidden_text")!.Value, 6);
        Assert.True(run.Total("bad", "claims_dropped") > 40);
        Assert.True(run.Total("bad", "input_tokens") > run.Total("good", "input_tokens"), "the repair request costs tokens");
        Assert.Null(run.Total("good", "cost"));
        Assert.Null(run.Total("good", "groundedness"));

        Assert.Contains("evidence_verified", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"good\s+bad", run.Output);
        var markdown = File.ReadAllText(Path.Combine(run.ReportFolder!, "report.md"));
        var html = File.ReadAllText(Path.Combine(run.ReportFolder!, "report.html"));
        Assert.Contains("## bad: per article", markdown, StringComparison.Ordinal);
        Assert.Contains("103_zh_rail_line", markdown, StringComparison.Ordinal);
        Assert.Contains("share of articles whose first answer parsed", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<h2>good: per article</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<<<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rerun_is_answered_from_the_cache_without_calling_the_model_and_reports_the_same_figures()
    {
        var first = await eval.RunAsync("--model", "good,bad");
        var calls = server.RequestCount;
        Assert.Equal(9 + 18, calls);

        var again = await eval.RunAsync("--model", "good,bad");

        Assert.Equal(calls, server.RequestCount);
        foreach (var model in new[] { "good", "bad" })
        {
            Assert.Equal(first.Report.Models.Single(m => m.Model == model).Totals, again.Report.Models.Single(m => m.Model == model).Totals);
        }

        Assert.All(again.Report.Models.SelectMany(m => m.Articles), a => Assert.Equal(a.ModelCalls, a.CachedCalls));
    }

    [Fact]
    public async Task A_prompt_edit_asks_the_model_again_only_for_the_requests_that_use_that_prompt()
    {
        eval.PromptsFolder = CopyOfPrompts();
        await eval.RunAsync("--model", "bad");
        Assert.Equal(18, server.RequestCount);

        File.AppendAllText(Path.Combine(eval.PromptsFolder, "repair.user.md"), "\nKeep the JSON on one line.\n");
        var edited = await eval.RunAsync("--model", "bad");

        // Only the nine repair requests changed: the first requests are replayed, the repairs asked anew.
        Assert.Equal(27, server.RequestCount);
        Assert.All(server.Requests.Skip(18), r => Assert.Contains(r.Messages, m => m.Role == "assistant"));
        Assert.All(edited.Report.Models[0].Articles, a => Assert.Equal(1, a.CachedCalls));
    }

    [Fact]
    public async Task Compare_fails_when_a_measure_got_worse_and_passes_when_it_improved()
    {
        var good = await eval.RunAsync("--model", "good");
        var bad = await eval.RunAsync("--model", "bad");

        var worse = await eval.RunAsync("--model", "bad", "--compare", good.ReportFolder!);
        var better = await eval.RunAsync("--model", "good", "--compare", bad.ReportFolder!);
        var offline = await eval.RunAsync("--compare", bad.ReportFolder!, "--with", good.ReportFolder!, "--fail-on", "evidence_verified");

        Assert.Equal(EvalVerb.Regressed, worse.ExitCode);
        Assert.Contains("WORSE (fails)", worse.Output, StringComparison.Ordinal);
        Assert.Matches(@"good → bad\s+evidence_verified\s+100\.0 %\s+0\.0 %\s+-100\.0 pt", worse.Output);
        Assert.Equal(0, better.ExitCode);
        Assert.Contains("better", better.Output, StringComparison.Ordinal);
        Assert.Equal(0, offline.ExitCode);
    }

    [Fact]
    public async Task A_judge_model_grades_groundedness_and_prices_give_the_cost()
    {
        eval.Settings["Evaluation:JudgeModel"] = ScriptedEvalModel.Judge;
        eval.Settings["Evaluation:Prices:good:InputPerMillion"] = "0.15";
        eval.Settings["Evaluation:Prices:good:OutputPerMillion"] = "0.60";

        var run = await eval.RunAsync("--model", "good");

        Assert.Equal(4.0, run.Total("good", "groundedness"));
        Assert.Equal(18, server.RequestCount);
        Assert.Equal(9, server.Requests.Count(r => r.Model == ScriptedEvalModel.Judge));
        var article = run.Report.Models[0].Articles[0];
        Assert.Equal((double)((article.InputTokens * 0.15m + article.OutputTokens * 0.60m) / 1_000_000m), (double)article.Cost!.Value, 9);
        Assert.True(run.Total("good", "cost") > 0);
        Assert.Contains("Judge: judge", File.ReadAllText(Path.Combine(run.ReportFolder!, "report.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reference_whose_evidence_is_not_in_its_article_stops_the_run_before_any_model_call()
    {
        var set = Directory.CreateDirectory(Path.Combine(work, "broken-set")).FullName;
        File.Copy(Path.Combine(EvalCommand.SetFolder, "102_ru_flood.txt"), Path.Combine(set, "102_ru_flood.txt"));
        File.WriteAllText(Path.Combine(set, "102_ru_flood.ref.json"),
            """{"language": "ru", "event": "x", "claims": [{"speaker": "Vetrov", "kind": "promise", "evidence": "Все жители получат новые дома за счёт области"}]}""");

        var run = await eval.RunAsync("--set", set, "--model", "good");

        Assert.Equal(4, run.ExitCode);
        Assert.Equal(0, server.RequestCount);
        Assert.Null(run.ReportFolder);
    }

    private string CopyOfPrompts()
    {
        var folder = Directory.CreateDirectory(Path.Combine(work, "prompts")).FullName;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "prompts"), "*.md"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }
}
