using System.Diagnostics;
using System.Globalization;
using Gist.Benchmarks.Load;
using Gist.Benchmarks.Support;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;

namespace Gist.Benchmarks.Instances;

/// <summary>
/// Three webhook instances on one PostgreSQL: articles are posted to one of them, which claims them and calls the
/// model; it is SIGKILLed while they are in flight, and the time until the survivors have answered every one of them
/// is taken (its claims must first run out: <c>Storage__LeaseSeconds</c>). The killed instance is replaced each round.
/// </summary>
public static class WebhookTakeoverRun
{
    private const int Articles = 6;

    public static async Task<IReadOnlyList<double>> RunAsync(DurablePostgres postgres, int rounds, int leaseSeconds, double latencySeconds)
    {
        await using var model = await FakeOpenAiServer.StartAsync(TaggedModel.RespondAsync);
        model.Latency = TimeSpan.FromSeconds(latencySeconds);
        await using var telegram = await FakeBotApiServer.StartAsync();
        using var poster = new WebhookPoster(WebhookInstances.Secret);
        string database = await postgres.CreateDatabaseAsync();
        var environment = FakeModelSettings.For(model, 8);
        environment["Storage__Provider"] = "postgres";
        environment["Storage__ConnectionString"] = database;
        environment["Storage__LeaseSeconds"] = leaseSeconds.ToString(CultureInfo.InvariantCulture);
        var updates = new WebhookUpdates();
        var variants = new ArticleVariants(RepoPaths.AllSamples());
        var results = new List<double>();
        for (int round = 0; round < rounds; round++)
        {
            // A fresh set each round: the killed instance is replaced by a new one, as an orchestrator would.
            await using var instances = await WebhookInstances.StartAsync(3, telegram, environment, poster);
            int victim = round % 3;
            int pid = instances.Processes[victim].Id;
            int requestsBefore = model.RequestCount;
            foreach (int index in Enumerable.Range(0, Articles))
            {
                long chat = 7_000_000 + (round * 100) + index;
                await poster.PostAsync(instances.HookUrl(victim), updates.Text(chat, variants.For(chat, 0)).Json, CancellationToken.None);
            }

            await PollingTakeoverRun.WaitAsync(() => model.RequestCount - requestsBefore >= Articles, TimeSpan.FromSeconds(60), "the model calls");
            long[] held = await LeaseQueries.ClaimedByAsync(database, pid);
            if (held.Length == 0)
            {
                Console.WriteLine($"  round {round + 1}: the other instances claimed every article first; no figure");
                continue;
            }

            instances.Kill(victim);
            var clock = Stopwatch.StartNew();
            while (await LeaseQueries.DoneCountAsync(database, held) < held.Length)
            {
                if (clock.Elapsed > TimeSpan.FromSeconds(leaseSeconds * 3 + 60))
                {
                    throw new TimeoutException("the survivors did not answer the killed instance's updates");
                }

                await Task.Delay(100);
            }

            results.Add(clock.Elapsed.TotalSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  round {round + 1}: instance {victim} (pid {pid}) killed holding {held.Length} of {Articles} updates in the model; all answered by the others after {clock.Elapsed.TotalSeconds:F1} s"));
        }

        return results;
    }
}
