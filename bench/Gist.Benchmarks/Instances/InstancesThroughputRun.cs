using System.Diagnostics;
using System.Globalization;
using Gist.Benchmarks.Load;
using Gist.Benchmarks.Support;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;

namespace Gist.Benchmarks.Instances;

/// <summary>
/// Model-bound throughput on n instances sharing one durable PostgreSQL: every update a distinct article (the cache
/// never answers), spread over many chats (per-chat order never holds one back), posted round-robin over the
/// instances' webhooks as a load balancer would, all at the start. After a warm-up, articles answered per second in
/// a steady window against the bound n·C/L, with what the model saw in flight, and the CPU, sampled each second.
/// </summary>
public static class InstancesThroughputRun
{
    public const double Target = 0.95;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<double> RunAsync(ThroughputSettings settings, DurablePostgres postgres)
    {
        await using var model = await FakeOpenAiServer.StartAsync(TaggedModel.RespondAsync);
        model.Latency = TimeSpan.FromSeconds(settings.LatencySeconds);
        await using var telegram = await FakeBotApiServer.StartAsync();
        using var poster = new WebhookPoster(WebhookInstances.Secret);
        string database = await postgres.CreateDatabaseAsync();
        var environment = FakeModelSettings.For(model, settings.Concurrency);
        environment["Storage__Provider"] = "postgres";
        environment["Storage__ConnectionString"] = database;
        environment["Telegram__MaxParallelUpdates"] = settings.MaxParallelUpdates.ToString(Inv);
        await using var instances = await WebhookInstances.StartAsync(settings.Instances, telegram, environment, poster);
        Console.WriteLine(string.Create(Inv,
            $"{settings.Instances} instance(s), L = {settings.LatencySeconds} s, C = {settings.Concurrency} each, bound {settings.BoundPerSecond:F2}/s; posting {settings.Updates} articles from {settings.Chats} chats"));

        var clock = Stopwatch.StartNew();
        Task posting = PostAllAsync(settings, instances, poster);
        var samples = new List<(double At, InboxProgress Progress, int ModelInFlight)>();
        CpuMeter? cpu = null;
        while (clock.Elapsed.TotalSeconds < settings.WarmupSeconds + settings.Seconds)
        {
            await Task.Delay(1000);
            if (cpu is null && clock.Elapsed.TotalSeconds >= settings.WarmupSeconds)
            {
                cpu = new CpuMeter(instances.Processes.Select(p => p.Id));
            }

            var progress = await InboxProgress.ReadAsync(database);
            samples.Add((clock.Elapsed.TotalSeconds, progress, model.InFlight));
            if (samples.Count % 10 == 0)
            {
                Console.WriteLine(string.Create(Inv,
                    $"  {clock.Elapsed.TotalSeconds:F0} s: done {progress.Done}, in progress {progress.InProgress}, pending {progress.Pending}, failed {progress.Failed}, model in flight {model.InFlight}, load {MachineInfo.LoadAverage()}"));
            }
        }

        await posting;
        var window = samples.Where(s => s.At >= settings.WarmupSeconds).ToList();
        var (first, last) = (window[0], window[^1]);
        double rate = (last.Progress.Done - first.Progress.Done) / (last.At - first.At);
        double modelBusy = window.Average(s => s.ModelInFlight);
        Console.WriteLine(string.Create(Inv,
            $"steady window {first.At:F0}–{last.At:F0} s: {rate:F2} articles/s of bound {settings.BoundPerSecond:F2}/s = {rate / settings.BoundPerSecond:P1}; model calls in flight on average {modelBusy:F1} of {settings.Instances * settings.Concurrency} (peak {model.PeakConcurrency}); pending at the end {last.Progress.Pending}, failed {last.Progress.Failed}"));
        Console.WriteLine("  " + cpu!.Describe());
        return rate / settings.BoundPerSecond;
    }

    /// <summary>Every article posted once, round-robin over the instances, by 16 posters (as Telegram calls in parallel).</summary>
    private static async Task PostAllAsync(ThroughputSettings settings, WebhookInstances instances, WebhookPoster poster)
    {
        var updates = new WebhookUpdates();
        var variants = new ArticleVariants(RepoPaths.AllSamples());
        int next = -1;
        int refused = 0;
        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < settings.Updates)
            {
                long chat = 1_000_000 + (index % settings.Chats);
                var (_, json) = updates.Text(chat, variants.For(chat, index / settings.Chats));
                var (status, _) = await poster.PostAsync(instances.HookUrl(index % settings.Instances), json, CancellationToken.None);
                if (status != System.Net.HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref refused);
                }
            }
        })));
        if (refused > 0)
        {
            Console.WriteLine($"  {refused} posts were not accepted");
        }
    }
}
