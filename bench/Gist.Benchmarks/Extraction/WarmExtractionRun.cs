using System.Diagnostics;
using System.Globalization;
using Gist.Benchmarks.Support;
using Gist.Core.Articles;
using Gist.Extraction.Budgets;
using Gist.Extraction.Documents;
using Gist.Extraction.Extraction;
using Gist.Extraction.Extraction.Search;
using Gist.Extraction.Language;

namespace Gist.Benchmarks.Extraction;

/// <summary>
/// The bot's own path for one link, in a warm process: decoded HTML → <see cref="ArticleBuilder.FromHtml"/>
/// (extraction, then language detection) inside the <see cref="ParsingGate"/>, as <c>LinkReader</c> runs it, one page
/// at a time, every page of the corpus several times.
/// Reports the per-page median and tail, for the extractor alone and for the whole builder (issue 17: p50 ≤ 5 ms).
/// </summary>
public static class WarmExtractionRun
{
    public const double MedianTargetMs = 5;

    public static int Run(string folder, int rounds, ArticleSearch search = ArticleSearch.CountedScores)
    {
        Console.WriteLine(MachineInfo.Describe());
        var pages = ExtractionPages.Load(folder);
        Console.WriteLine($"pages: {pages.Count} from {folder}; rounds: {rounds}; article search: {search}; load average before: {MachineInfo.LoadAverage()}");
        var extractor = new ArticleExtractor(search);
        var parsing = Microsoft.Extensions.Options.Options.Create(new ParsingOptions());
        var builder = new ArticleBuilder(extractor, new LinguaLanguageDetector(), parsing);
        // The bot builds an article inside the parsing gate, on a thread-pool thread (LinkReader → ParsingGate.RunAsync):
        // where the work runs matters, since SmartReader hands its body copy to the pool and waits for it, which a pool
        // thread runs inline and the main thread does not.
        using var gate = new ParsingGate(parsing);
        // Warm-up: every page through both paths twice (JIT to tier 1, Lingua's models loaded).
        for (var i = 0; i < 2; i++)
        {
            foreach (var (_, html) in pages)
            {
                extractor.Extract(html);
                TryBuild(gate, builder, html);
            }
        }

        // Process CPU time as well as wall time: on a machine shared with other jobs the wall time of one page
        // includes waiting for a core; the CPU time per page does not.
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var pauseBefore = GC.GetTotalPauseDuration();
        int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var parseOnly = new List<double>(pages.Count * rounds);
        var extractOnly = new List<double>(pages.Count * rounds);
        var botPath = new List<double>(pages.Count * rounds);
        var botPathCpu = new List<double>(pages.Count * rounds);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (_, html) in pages)
            {
                var start = Stopwatch.GetTimestamp();
                PageParser.Parse(html).Dispose();
                parseOnly.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                start = Stopwatch.GetTimestamp();
                extractor.Extract(html);
                extractOnly.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                var cpuStart = Environment.CpuUsage.TotalTime;
                start = Stopwatch.GetTimestamp();
                TryBuild(gate, builder, html);
                botPath.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                botPathCpu.Add((Environment.CpuUsage.TotalTime - cpuStart).TotalMilliseconds);
            }
        }

        var runs = pages.Count * rounds;
        var cpuPerPage = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds / runs;
        var pausePerPage = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds / runs;
        var allocatedPerPage = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)runs;
        var extract = new Percentiles(extractOnly);
        Console.WriteLine($"HTML parsing alone (PageParser, as the extractor parses), per page: {new Percentiles(parseOnly).Describe()}");
        var bot = new Percentiles(botPath);
        Console.WriteLine($"extractor only, per page: {extract.Describe()}");
        Console.WriteLine($"bot's path (ArticleBuilder.FromHtml: extract + language), per page: {bot.Describe()}");
        // The process's CPU time over each page of the bot's path (all its threads: the page's own work, the thread-pool
        // work it waits for, and the garbage collections it causes): on a machine shared with other jobs this is the
        // steadier figure, since wall time includes waiting for a core.
        Console.WriteLine($"bot's path, process CPU time per page: {new Percentiles(botPathCpu).Describe()}");
        // Each timed page goes through the parser alone, the extractor and the bot's path: these figures are for all three.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"garbage collection per page (parse + extract + bot's path): {allocatedPerPage / 1048576:F2} MB allocated, {pausePerPage:F2} ms paused; collections gen0/1/2: {GC.CollectionCount(0) - collectionsBefore[0]}/{GC.CollectionCount(1) - collectionsBefore[1]}/{GC.CollectionCount(2) - collectionsBefore[2]} over {runs} pages; heap after {GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0:F0} MB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"process CPU per page (both paths together, GC included): {cpuPerPage:F2} ms; one core, warm: {1000 / extract.Mean:F0} pages/s extracting (wall); load average after: {MachineInfo.LoadAverage()}"));
        var ok = bot.Median <= MedianTargetMs;
        Console.WriteLine($"target p50 <= {MedianTargetMs} ms per page on the bot's path: {(ok ? "MET" : "MISSED")}");
        return ok ? 0 : 1;
    }

    private static void TryBuild(ParsingGate gate, ArticleBuilder builder, string html)
    {
        try
        {
            gate.RunAsync(token => builder.FromHtml(html, null, ArticleOrigin.Link, token), "too complex", CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (ArticleUnavailableException)
        {
            // A page with no article text is refused on this path, as the bot would; its time still counts.
        }
    }
}
