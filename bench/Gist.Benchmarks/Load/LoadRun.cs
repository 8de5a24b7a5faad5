using System.Diagnostics;
using System.Globalization;
using Gist.Benchmarks.Support;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;
using Gist.Testing.Processes;

namespace Gist.Benchmarks.Load;

/// <summary>
/// Drives the real <c>gist bot</c> over long polling against the project's FakeBotApiServer, with the model behind
/// FakeOpenAiServer at a fixed latency: all requests are queued at once, round-robin over the chats, and the run
/// ends when every request has its final reply (the summary with its button). Then it checks that no request was
/// lost, that each chat's replies came in the order of its messages, and what a repeated article costs.
/// </summary>
public static class LoadRun
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<LoadReport> RunAsync(LoadSettings settings)
    {
        Console.WriteLine(MachineInfo.Describe());
        if (settings.Build)
        {
            Console.WriteLine("building src/Gist in Release ...");
            await GistBuild.BuildAsync("Release");
        }

        await using var model = await FakeOpenAiServer.StartAsync(TaggedModel.RespondAsync);
        model.Latency = TimeSpan.FromSeconds(settings.LatencySeconds);
        await using var telegram = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { EnforceRateLimits = settings.RateLimits });
        // The real gist bot (Release build), its SQLite database in a temporary folder.
        var folder = Directory.CreateTempSubdirectory("gist-load-").FullName;
        await using var gist = GistProcess.Start(folder, new Dictionary<string, string>
        {
            ["Storage__Path"] = Path.Combine(folder, "gist.db"),
            ["Logging__LogLevel__Default"] = "Warning",
            ["Telegram__BotToken"] = telegram.Token,
            ["Telegram__ApiBaseUrl"] = telegram.BaseUrl,
            ["Telegram__PollingTimeoutSeconds"] = "25",
            ["Telegram__MaxParallelUpdates"] = settings.MaxParallelUpdates.ToString(Inv),
            ["Llm__Provider"] = "openai",
            ["Llm__Endpoint"] = model.OpenAiEndpoint,
            ["Llm__ApiKey"] = "bench-key",
            ["Llm__Model"] = "gpt-4o-mini",
            ["Llm__MaxConcurrency"] = settings.Concurrency.ToString(Inv),
            ["Llm__RequestTimeoutSeconds"] = "600",
        }, GistBuild.GistDll("Release"), deleteWorkingDirectory: true);
        await WaitAsync(() => telegram.State.IsPolling || gist.HasExited, TimeSpan.FromSeconds(60), "the bot to start polling");
        if (gist.HasExited)
        {
            throw new InvalidOperationException("gist exited at start:\n" + gist.LogTail());
        }

        var idleRss = gist.RssMegabytes ?? 0;
        var variants = new ArticleVariants(RepoPaths.AllSamples());
        var users = Enumerable.Range(0, settings.Chats).Select(c => FakeUser.Create(1_000_000 + c, "Reader")).ToArray();
        Console.WriteLine(string.Create(Inv,
            $"gist pid {gist.Id} polling; idle RSS {idleRss:F0} MB; sending {settings.Requests} requests from {settings.Chats} chats; model latency {settings.LatencySeconds} s, Llm__MaxConcurrency {settings.Concurrency}, Telegram__MaxParallelUpdates {settings.MaxParallelUpdates}"));

        var clock = Stopwatch.StartNew();
        for (var index = 0; index < settings.PerChat; index++)
        {
            foreach (var user in users)
            {
                telegram.Updates.EnqueueText(user, variants.For(user.Id, index));
            }
        }

        var peakInFlight = 0;
        var done = 0;
        var lastProgress = TimeSpan.Zero;
        var limit = TimeSpan.FromSeconds(settings.Requests / settings.BoundPerSecond * 2 + 120);
        while (done < settings.Requests && clock.Elapsed < limit && !gist.HasExited)
        {
            await Task.Delay(250);
            done = users.Sum(u => telegram.State.Messages(u.Id).Count(IsFinal));
            // Claimed by the bot's worker and not finished (its inbox). Counting placeholders sent would undercount
            // now that the outbound throttle paces them at Telegram's rate.
            peakInFlight = Math.Max(peakInFlight, InProgressCount(folder));
            if (clock.Elapsed - lastProgress > TimeSpan.FromSeconds(30))
            {
                lastProgress = clock.Elapsed;
                Console.WriteLine(string.Create(Inv, $"  {clock.Elapsed.TotalSeconds:F0} s: {done} answered, {model.RequestCount} model calls, RSS {gist.RssMegabytes:F0} MB, load {MachineInfo.LoadAverage()}"));
            }
        }

        var elapsed = clock.Elapsed;
        var modelCalls = model.RequestCount;
        var report = new LoadReport
        {
            Settings = settings,
            Elapsed = elapsed,
            Answered = done,
            ModelCalls = modelCalls,
            ModelPeakConcurrency = model.PeakConcurrency,
            PeakInFlight = peakInFlight,
            IdleRssMegabytes = idleRss,
            PeakRssMegabytes = gist.PeakRssMegabytes ?? 0,
            OrderViolations = OrderViolations(telegram, users, settings.PerChat),
            ModelOrderViolations = ModelOrderViolations(model),
            LoadAverage = MachineInfo.LoadAverage(),
        };

        // A repeated article (the first one, from a new chat) must be answered from the cache.
        var repeat = FakeUser.Create(2_000_000, "Repeat");
        telegram.Updates.EnqueueText(repeat, variants.For(users[0].Id, 0));
        await WaitAsync(() => telegram.State.Messages(repeat.Id).Any(IsFinal), TimeSpan.FromSeconds(60), "the repeated article's reply");
        report.RepeatModelCalls = model.RequestCount - modelCalls;

        // The same new article from two chats at the same moment.
        var (first, second) = (FakeUser.Create(2_000_001, "Twin"), FakeUser.Create(2_000_002, "Twin"));
        var twin = variants.For(3_000_000, 0);
        var before = model.RequestCount;
        telegram.Updates.EnqueueText(first, twin);
        telegram.Updates.EnqueueText(second, twin);
        await WaitAsync(() => telegram.State.Messages(first.Id).Any(IsFinal) && telegram.State.Messages(second.Id).Any(IsFinal),
            TimeSpan.FromSeconds(60), "the simultaneous twins' replies");
        report.SimultaneousTwinModelCalls = model.RequestCount - before;
        if (done < settings.Requests)
        {
            Console.WriteLine("gist log tail:\n" + gist.LogTail());
        }

        return report;
    }

    /// <summary>
    /// Updates the bot has claimed and not finished: its own inbox rows in state in_progress (read-only, WAL lets
    /// the reader run beside the bot). This is what "in flight" means: a claimed update's objects are in memory.
    /// </summary>
    private static int InProgressCount(string folder)
    {
        try
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection(
                $"Data Source={Path.Combine(folder, "gist.db")};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM inbox WHERE state = 'in_progress'";
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0;
        }
    }

    private static bool IsFinal(FakeBotMessage message) =>
        message.ButtonTexts.Count > 0 && message.Text.Contains("Report R", StringComparison.Ordinal);

    /// <summary>Chats whose replies (by message id) do not carry their requests' indexes 0, 1, 2… in order, or are missing one.</summary>
    private static int OrderViolations(FakeBotApiServer telegram, IEnumerable<FakeUser> users, int perChat) =>
        users.Count(user =>
        {
            var tags = telegram.State.Messages(user.Id).Where(IsFinal).OrderBy(m => m.MessageId)
                .Select(m => ArticleVariants.TagIn(m.Text)).ToList();
            return tags.Count != perChat || tags.Select((t, i) => t is { } tag && tag.Chat == user.Id && tag.Index == i).Any(ok => !ok);
        });

    /// <summary>Chats whose articles reached the model out of order.</summary>
    private static int ModelOrderViolations(FakeOpenAiServer model) =>
        model.Requests.Select(r => ArticleVariants.TagIn(r.LastUserMessage)).OfType<(long Chat, int Index)>()
            .GroupBy(t => t.Chat)
            .Count(g => g.Select(t => t.Index).Zip(g.Select(t => t.Index).Skip(1)).Any(p => p.Second <= p.First));

    private static async Task WaitAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            await Task.Delay(100);
        }
    }
}
