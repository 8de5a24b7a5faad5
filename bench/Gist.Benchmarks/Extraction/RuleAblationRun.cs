using Gist.Extraction.Batch;
using Gist.Extraction.Extraction;

namespace Gist.Benchmarks.Extraction;

/// <summary>
/// What each general rule adds (docs/EXTRACTION.md, "Rules judged on the other half"): the corpus extracted with
/// every rule on, with each rule switched off in turn, and with none, into &lt;out&gt;/&lt;variant&gt;/. Score each folder
/// with tools/score-halves.sh.
/// </summary>
public static class RuleAblationRun
{
    public static async Task<int> RunAsync(string folder, string output)
    {
        var variants = new List<(string Name, GeneralRules Rules)> { ("all", GeneralRules.All), ("none", GeneralRules.None) };
        foreach (var rule in Enum.GetValues<GeneralRules>().Where(r => r is not GeneralRules.None and not GeneralRules.All))
        {
            variants.Add(("without-" + rule.ToString().ToLowerInvariant(), GeneralRules.All & ~rule));
        }

        foreach (var (name, rules) in variants)
        {
            var report = await new BatchExtraction(new ArticleExtractor(rules)).RunAsync(folder, Path.Combine(output, name), CancellationToken.None);
            Console.WriteLine($"{name}: {report.Pages} pages, {report.Failed} failed -> {Path.Combine(output, name)}");
        }

        return 0;
    }
}
