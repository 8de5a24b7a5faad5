using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Gist.Benchmarks.Load;
using Gist.Benchmarks.Support;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;

namespace Gist.Benchmarks.Instances;

/// <summary>
/// Webhook ingest: how many updates a second one real <c>gist bot</c> in webhook mode accepts (HTTP 200, sent only
/// after the inbox write), on SQLite and on a durable PostgreSQL, with 1, 8, 32… posters each posting one update
/// after the other. Processing is kept out of the way (one model call at a time, each taking minutes), so what is
/// measured is acceptance: parse, secret check, the inbox's transaction.
/// </summary>
public static class IngestRun
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(IReadOnlyList<string> providers, IReadOnlyList<int> posterCounts, double seconds, bool build)
    {
        Console.WriteLine(MachineInfo.Describe());
        if (build)
        {
            await ReleaseBot.BuildAsync();
        }

        await using var model = await FakeOpenAiServer.StartAsync(TaggedModel.RespondAsync);
        model.Latency = TimeSpan.FromSeconds(300);
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using DurablePostgres? postgres = providers.Contains("postgres") ? await DurablePostgres.StartAsync() : null;
        using var poster = new WebhookPoster(WebhookInstances.Secret);
        var variants = new ArticleVariants(RepoPaths.AllSamples());
        var rows = new List<string>();
        foreach (string provider in providers)
        {
            foreach (int posters in posterCounts)
            {
                var settings = FakeModelSettings.For(model, concurrency: 1);
                if (provider == "postgres")
                {
                    settings["Storage__Provider"] = "postgres";
                    settings["Storage__ConnectionString"] = await postgres!.CreateDatabaseAsync();
                }

                await using var instances = await WebhookInstances.StartAsync(1, telegram, settings, poster);
                string row = await MeasureAsync(provider, posters, seconds, instances, poster, variants);
                Console.WriteLine(row);
                rows.Add(row);
            }
        }

        Console.WriteLine();
        Console.WriteLine("| store | posters | accepted/s | p50 ms | p99 ms | not 200 | CPU during the window |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---|");
        rows.ForEach(Console.WriteLine);
        return 0;
    }

    private static async Task<string> MeasureAsync(string provider, int posters, double seconds, WebhookInstances instances,
        WebhookPoster poster, ArticleVariants variants)
    {
        var updates = new WebhookUpdates();
        string url = instances.HookUrl(0);

        // Warm-up: JIT, connection pools, the first pages of the inbox.
        await PostForAsync(TimeSpan.FromSeconds(3), posters, url, updates, poster, variants, new ConcurrentBag<double>(), new StrongBox());
        var latencies = new ConcurrentBag<double>();
        var failures = new StrongBox();
        var cpu = new CpuMeter([instances.Processes[0].Id]);
        var clock = Stopwatch.StartNew();
        await PostForAsync(TimeSpan.FromSeconds(seconds), posters, url, updates, poster, variants, latencies, failures);
        double elapsed = clock.Elapsed.TotalSeconds;
        string load = cpu.Describe();
        var timings = new Percentiles(latencies);
        return string.Create(Inv,
            $"| {provider} | {posters} | {timings.Count / elapsed:F0} | {timings.Median:F1} | {timings.P99:F1} | {failures.Value} | {load} |");
    }

    private static Task PostForAsync(TimeSpan duration, int posters, string url, WebhookUpdates updates, WebhookPoster poster,
        ArticleVariants variants, ConcurrentBag<double> latencies, StrongBox failures)
    {
        var deadline = Stopwatch.StartNew();
        return Task.WhenAll(Enumerable.Range(0, posters).Select(_ => Task.Run(async () =>
        {
            while (deadline.Elapsed < duration)
            {
                long chat = 1_000_000 + Random.Shared.Next(5000);
                var (id, json) = updates.Text(chat, variants.For(chat, 0));
                var (status, elapsed) = await poster.PostAsync(url, json, CancellationToken.None);
                if (status == HttpStatusCode.OK)
                {
                    latencies.Add(elapsed.TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref failures.Value);
                }
            }
        })));
    }

    /// <summary>A counter shared by the posters.</summary>
    private sealed class StrongBox
    {
        public int Value;
    }
}
