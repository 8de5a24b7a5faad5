using System.Globalization;
using Gist.Benchmarks.Load;
using Gist.Benchmarks.Support;

namespace Gist.Benchmarks.Instances;

/// <summary><c>gist-bench instances-throughput</c>: each instance count in turn, on one durable PostgreSQL cluster.</summary>
public static class InstancesThroughputCommand
{
    public static async Task<int> RunAsync(BenchArguments options)
    {
        Console.WriteLine(MachineInfo.Describe());
        if (options.Text("no-build") is null)
        {
            await ReleaseBot.BuildAsync();
        }

        await using var postgres = await DurablePostgres.StartAsync();
        var results = new List<(int Instances, double OfBound)>();
        foreach (string count in (options.Text("instances") ?? "1,3").Split(','))
        {
            var settings = new ThroughputSettings(int.Parse(count, CultureInfo.InvariantCulture), options.Number("latency", 2),
                options.Whole("concurrency", 8), options.Whole("parallel", 64), options.Whole("chats", 2000),
                options.Number("warmup", 30), options.Number("seconds", 120));
            results.Add((settings.Instances, await InstancesThroughputRun.RunAsync(settings, postgres)));
        }

        bool met = results.All(r => r.OfBound >= InstancesThroughputRun.Target);
        Console.WriteLine(string.Join("; ", results.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Instances} instance(s): {r.OfBound:P1} of n·C/L"))));
        Console.WriteLine($"target >= {InstancesThroughputRun.Target:P0} of n·C/L on every instance count: {(met ? "MET" : "MISSED")}");
        return met ? 0 : 1;
    }
}
