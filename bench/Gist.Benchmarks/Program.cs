using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Gist.Benchmarks.Extraction;
using Gist.Benchmarks.Fanout;
using Gist.Benchmarks.Hostile;
using Gist.Benchmarks.Instances;
using Gist.Benchmarks.Load;
using Gist.Benchmarks.Overhead;
using Gist.Benchmarks.Support;
using Gist.Benchmarks.Tokens;

// gist-bench <verb> [options]: each verb is one benchmark of docs/PERFORMANCE.md.
var verb = args.Length > 0 ? args[0] : "help";
var options = BenchArguments.Parse(args.Skip(1));
switch (verb)
{
    case "overhead":
        // In-process toolchain: no separate build per benchmark (slow on a 2-core machine), same JIT and GC settings.
        var config = DefaultConfig.Instance
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        BenchmarkRunner.Run<OverheadBenchmarks>(config, []);
        return 0;
    case "overhead-percentiles":
        return await PercentileRun.RunAsync(options.Whole("requests", 2000), options.Text("sample") ?? RepoPaths.FiveKilobyteSample);
    case "throughput":
    {
        var report = await LoadRun.RunAsync(new LoadSettings(
            options.Whole("requests", 1000), options.Whole("chats", 200), options.Number("latency", 2), options.Whole("concurrency", 8),
            options.Whole("parallel", 64), options.Text("rate-limits") is not null, options.Text("no-build") is null));
        Console.WriteLine(report.Describe());
        var ok = report.Lossless && report.OfBound >= LoadReport.ThroughputTarget && report.RepeatModelCalls == 0;
        Console.WriteLine($"target >= {LoadReport.ThroughputTarget:P0} of C/L, none lost, order kept, repeat free: {(ok ? "MET" : "MISSED")}");
        return ok ? 0 : 1;
    }

    case "memory":
    {
        var report = await LoadRun.RunAsync(new LoadSettings(
            options.Whole("requests", 1000), options.Whole("chats", 1000), options.Number("latency", 5), options.Whole("concurrency", 256),
            options.Whole("parallel", 1000), options.Text("rate-limits") is not null, options.Text("no-build") is null));
        Console.WriteLine(report.Describe());
        var ok = report.Lossless && report.PeakRssMegabytes <= LoadReport.MemoryTargetMegabytes;
        Console.WriteLine($"target peak RSS <= {LoadReport.MemoryTargetMegabytes} MB with {report.PeakInFlight} requests in flight: {(ok ? "MET" : "MISSED")}");
        return ok ? 0 : 1;
    }

    case "ingest":
        return await IngestRun.RunAsync(
            (options.Text("stores") ?? "sqlite,postgres").Split(','),
            [.. (options.Text("posters") ?? "1,8,32").Split(',').Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture))],
            options.Number("seconds", 20), options.Text("no-build") is null);

    case "instances-throughput":
        return await InstancesThroughputCommand.RunAsync(options);

    case "takeover":
        return await TakeoverCommand.RunAsync(options);

    case "fanout":
        return await FanoutRun.RunAsync(options.Whole("subscribers", 2000), options.Whole("feeds", 3), options.Whole("items", 5), options.Whole("pastes", 5));

    case "extraction-warm":
        return WarmExtractionRun.Run(
            options.Text("corpus") ?? ExtractionPages.DefaultFolder(),
            options.Whole("rounds", 5),
            options.Text("search") == "readability" ? Gist.Extraction.Extraction.Search.ArticleSearch.Readability : Gist.Extraction.Extraction.Search.ArticleSearch.CountedScores);

    case "extraction-rules":
        return await RuleAblationRun.RunAsync(options.Text("corpus") ?? ExtractionPages.DefaultFolder(), options.Text("out") ?? Path.Combine(Path.GetTempPath(), "gist-extraction-rules"));

    case "tokens":
        return TokenRun.Run(options.Text("model") ?? "gpt-4o-mini", options.Whole("max-article-characters", 24_000), options.Whole("max-chunks", 4));

    case "hostile-files":
        return HostileFilesRun.Run(options.Text("out") ?? Path.Combine(Path.GetTempPath(), "gist-hostile"));

    default:
        Console.WriteLine("""
            gist-bench <verb> [--name value ...]   (run: dotnet run -c Release --project bench/Gist.Benchmarks -- <verb>)
              overhead               BenchmarkDotNet: each pipeline stage and the whole request, model instant
              overhead-percentiles   whole request timed one by one: median and p99 [--requests 2000] [--sample file]
              throughput             real `gist bot` vs fake Bot API + fake model [--requests 1000 --chats 200 --latency 2 --concurrency 8 --parallel 64 --rate-limits --no-build]
              extraction-warm        the bot's path for one page (extract + language) in a warm process: p50/p99 per page [--corpus folder --rounds 5 --search counted|readability]
              extraction-rules       the corpus extracted with each general rule switched off, for tools/score-halves.sh [--corpus folder --out folder]
              tokens                 prompt tokens vs cleaned-article tokens; long articles split and merged [--model gpt-4o-mini]
              hostile-files          the hostile inputs of docs/RELIABILITY.md written to a folder [--out /tmp/gist-hostile]
              fanout                 one digest to each of N subscribers of the same feeds, fake Bot API enforcing limits [--subscribers 2000 --feeds 3 --items 5 --pastes 5]
              ingest                 webhook updates accepted per second by one `gist bot`, SQLite vs durable PostgreSQL [--stores sqlite,postgres --posters 1,8,32 --seconds 20 --no-build]
              instances-throughput   model-bound articles/s on 1 and 3 instances sharing PostgreSQL vs n·C/L [--instances 1,3 --latency 2 --concurrency 8 --seconds 120 --warmup 30 --chats 2000 --parallel 64 --no-build]
              takeover               SIGKILL: polling takeover time and webhook lease takeover time [--rounds 5 --lease-seconds 30 --no-build]
              memory                 peak RSS with 1,000 requests in flight [--requests 1000 --chats 1000 --latency 5 --concurrency 256 --parallel 1000]
            """);
        return verb == "help" ? 0 : 2;
}
