using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Gist.Benchmarks.Overhead;
using Gist.Benchmarks.Support;

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
    default:
        Console.WriteLine("""
            gist-bench <verb> [--name value ...]   (run: dotnet run -c Release --project bench/Gist.Benchmarks -- <verb>)
              overhead               BenchmarkDotNet: each pipeline stage and the whole request, model instant
              overhead-percentiles   whole request timed one by one: median and p99 [--requests 2000] [--sample file]
            """);
        return verb == "help" ? 0 : 2;
}
