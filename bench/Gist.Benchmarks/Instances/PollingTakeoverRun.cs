using System.Diagnostics;
using System.Globalization;
using Gist.Benchmarks.Load;
using Gist.Benchmarks.Support;
using Gist.Testing.BotApi;
using Gist.Testing.Processes;
using Gist.Testing.OpenAi;

namespace Gist.Benchmarks.Instances;

/// <summary>
/// Two <c>gist bot</c> processes polling one token on one PostgreSQL: the one holding the polling lease is
/// SIGKILLed, a message is sent at that moment, and the time until it is answered (by the other) is taken. The killed
/// one is replaced by a new process before the next round, so each round starts with a poller and a standby.
/// </summary>
public static class PollingTakeoverRun
{
    public static async Task<IReadOnlyList<double>> RunAsync(DurablePostgres postgres, int rounds, int leaseSeconds)
    {
        await using var model = await FakeOpenAiServer.StartAsync(TaggedModel.RespondAsync);
        await using var telegram = await FakeBotApiServer.StartAsync();
        using var poster = new WebhookPoster(WebhookInstances.Secret);
        string database = await postgres.CreateDatabaseAsync();
        var environment = FakeModelSettings.For(model, 4);
        environment["Storage__Provider"] = "postgres";
        environment["Storage__ConnectionString"] = database;
        environment["Storage__LeaseSeconds"] = leaseSeconds.ToString(CultureInfo.InvariantCulture);
        environment["Telegram__BotToken"] = telegram.Token;
        environment["Telegram__ApiBaseUrl"] = telegram.BaseUrl;
        var processes = new List<GistProcess>();
        var results = new List<double>();
        try
        {
            processes.Add(await StartAsync(environment, poster));
            processes.Add(await StartAsync(environment, poster));
            for (int round = 0; round < rounds; round++)
            {
                var warm = FakeUser.Create(5_000_000 + round, "Warm");
                telegram.Updates.EnqueueText(warm, "hello there");
                await WaitAsync(() => telegram.State.Messages(warm.Id).Count > 0, TimeSpan.FromSeconds(60), "a reply before the kill");
                int poller = await LeaseQueries.PollerProcessIdAsync(database) ?? throw new InvalidOperationException("nobody holds the polling lease");
                GistProcess killed = processes.Single(p => p.Id == poller);

                Process.GetProcessById(poller).Kill();
                var clock = Stopwatch.StartNew();
                var user = FakeUser.Create(6_000_000 + round, "After");
                telegram.Updates.EnqueueText(user, "hello there");
                await WaitAsync(() => telegram.State.Messages(user.Id).Count > 0, TimeSpan.FromSeconds(leaseSeconds * 3 + 60), "the survivor's reply");
                results.Add(clock.Elapsed.TotalSeconds);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  round {round + 1}: poller pid {poller} killed; answered after {clock.Elapsed.TotalSeconds:F1} s"));

                processes.Remove(killed);
                await killed.DisposeAsync();
                processes.Add(await StartAsync(environment, poster));
            }
        }
        finally
        {
            foreach (GistProcess process in processes)
            {
                await process.DisposeAsync();
            }
        }

        return results;
    }

    private static async Task<GistProcess> StartAsync(Dictionary<string, string> environment, WebhookPoster poster)
    {
        string listen = $"http://127.0.0.1:{WebhookInstances.FreePort()}";
        var process = ReleaseBot.Start(new Dictionary<string, string>(environment) { ["Telegram__WebhookListenUrl"] = listen });
        await WaitAsync(() => process.HasExited || poster.IsHealthyAsync(listen, CancellationToken.None).GetAwaiter().GetResult(),
            TimeSpan.FromSeconds(90), "a process to start");
        return process.HasExited ? throw new InvalidOperationException("gist exited at start:\n" + process.LogTail()) : process;
    }

    internal static async Task WaitAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            await Task.Delay(50);
        }
    }
}
