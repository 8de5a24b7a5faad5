using BenchmarkDotNet.Attributes;
using Gist.Benchmarks.Support;
using Gist.Core.Articles;
using Gist.Core.Summaries;

namespace Gist.Benchmarks.Overhead;

/// <summary>
/// BenchmarkDotNet: each stage of the pipeline for the 4.5 KB Arabic sample on its own, then the whole
/// request (<see cref="PipelineOverhead.RunOnceAsync"/>). The model answers instantly in process.
/// </summary>
[MemoryDiagnoser]
public class OverheadBenchmarks
{
    private PipelineOverhead pipeline = null!;
    private Article article = null!;
    private SummaryResult result = null!;

    [GlobalSetup]
    public void Setup()
    {
        pipeline = PipelineOverhead.CreateAsync(RepoPaths.FiveKilobyteSample).GetAwaiter().GetResult();
        article = pipeline.CreateArticle(pipeline.Raw);
        result = pipeline.Summarizer.SummarizeAsync(article, "en", CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => pipeline.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "1 clean (PastedTextCleaner)")]
    public int Clean() => pipeline.Cleaner.Clean(pipeline.Raw).Text.Length;

    [Benchmark(Description = "2 detect language (Lingua)")]
    public string? DetectLanguage() => pipeline.Detector.Detect(article.Text);

    [Benchmark(Description = "3 render prompt")]
    public int RenderPrompt() => pipeline.RenderPrompt(article);

    [Benchmark(Description = "4 summarize: prompt + parse + checks + evidence")]
    public Task<SummaryResult> Summarize() => pipeline.Summarizer.SummarizeAsync(article, "en", CancellationToken.None);

    [Benchmark(Description = "5 render + split reply")]
    public int RenderReply() => pipeline.Renderer.Render(result, article).Count;

    [Benchmark(Description = "6 storage: article save")]
    public Task<long> SaveArticle() => pipeline.Articles.SaveAsync(article, CancellationToken.None);

    [Benchmark(Description = "7 whole request (inbox to completion)")]
    public Task<int> WholeRequest() => pipeline.RunOnceAsync();
}
