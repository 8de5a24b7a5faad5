using System.Globalization;
using Gist.Benchmarks.Load;
using Gist.Benchmarks.Support;

namespace Gist.Benchmarks.Instances;

/// <summary><c>gist-bench takeover</c>: a poller SIGKILLed (two processes), then a webhook instance SIGKILLed mid-work (three).</summary>
public static class TakeoverCommand
{
    public static async Task<int> RunAsync(BenchArguments options)
    {
        Console.WriteLine(MachineInfo.Describe());
        if (options.Text("no-build") is null)
        {
            await ReleaseBot.BuildAsync();
        }

        int rounds = options.Whole("rounds", 5);
        int leaseSeconds = options.Whole("lease-seconds", 30);
        await using var postgres = await DurablePostgres.StartAsync();
        if (options.Text("webhook-only") is null)
        {
            var polling = await PollingTakeoverRun.RunAsync(postgres, rounds, leaseSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"polling takeover (Storage__LeaseSeconds={leaseSeconds}): kill → the survivor answers a new message: {Describe(polling)}"));
        }

        if (options.Text("polling-only") is null)
        {
            var webhook = await WebhookTakeoverRun.RunAsync(postgres, rounds, leaseSeconds, options.Number("latency", 2));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"webhook takeover (Storage__LeaseSeconds={leaseSeconds}): kill → survivors answer every update the killed instance held: {Describe(webhook)}"));
        }

        return 0;
    }

    private static string Describe(IReadOnlyList<double> seconds)
    {
        var sorted = seconds.Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"p50 {sorted[(sorted.Length - 1) / 2]:F1} s, max {sorted[^1]:F1} s over {sorted.Length} rounds ({string.Join(", ", seconds.Select(s => s.ToString("F1", CultureInfo.InvariantCulture)))})");
    }
}
