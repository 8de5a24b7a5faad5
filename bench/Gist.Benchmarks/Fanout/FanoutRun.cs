using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Gist.Benchmarks.Support;
using Gist.Core.Digests;
using Gist.Hosting;
using Gist.Telegram;
using Gist.Telegram.Digests;
using Gist.Testing.BotApi;
using Gist.Testing.OpenAi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Gist.Core.Storage;

namespace Gist.Benchmarks.Fanout;

/// <summary>
/// Issue 6 item 6: N subscribers of the same feeds, one scheduled digest each, delivered by the real host (pipeline,
/// Telegram, digests) to the fake Bot API enforcing Telegram's limits, the model behind the fake OpenAI server.
/// Reports sustained messages per second, 429s, model calls for the digests, and the latency of a pasted article
/// answered during the broadcast against the same without it.
/// </summary>
public static class FanoutRun
{
    public const double RateTarget = 27;

    public static async Task<int> RunAsync(int subscribers, int feeds, int itemsPerFeed, int pastes)
    {
        var folder = Directory.CreateTempSubdirectory("gist-fanout-").FullName;
        await using var telegram = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { EnforceRateLimits = true });
        await using var model = await FakeOpenAiServer.StartAsync((request, _) => Task.FromResult(ModelAnswer(request)));
        using var host = Build(telegram, model, folder);
        await host.StartAsync();
        var now = DateTimeOffset.UtcNow;
        var chats = Enumerable.Range(1, subscribers).Select(i => 1_000_000L + i).ToList();
        await SetUpAsync(host.Services, chats, feeds, itemsPerFeed, now);

        var baseline = await PasteLatenciesAsync(telegram, pastes, 0, CancellationToken.None);
        var callsBefore = model.RequestCount;
        var sentBefore = telegram.State.SentMessageCount;
        await MakeDueAsync(host.Services, chats);
        var clock = Stopwatch.StartNew();
        var broadcast = host.Services.GetRequiredService<DigestScheduler>().TickAsync(CancellationToken.None);
        await telegram.State.WaitForAsync(s => s.SentMessageCount >= sentBefore + 30, TimeSpan.FromMinutes(2));
        using var stop = new CancellationTokenSource();
        var during = PasteLatenciesAsync(telegram, pastes, 1000, stop.Token);
        await broadcast;
        var elapsed = clock.Elapsed;
        var interactive = await during;
        var modelCalls = model.RequestCount - callsBefore - interactive.ModelCalls;

        var digestMessages = telegram.State.SentMessages.Where(m => m.ChatId >= 1_000_000).OrderBy(m => m.Date).ToList();
        var span = (digestMessages[^1].Date - digestMessages[0].Date).TotalSeconds;
        var rate = (digestMessages.Count - 1) / span;
        await host.StopAsync();

        Console.WriteLine(MachineInfo.Describe());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fanout: {subscribers} subscribers of {feeds} feeds × {itemsPerFeed} items; {digestMessages.Count} digest messages in {elapsed.TotalSeconds:F1} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sustained delivery: {rate:F2} messages/s (first to last digest message, {span:F1} s); 429 responses: {telegram.State.TooManyRequestsCount}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model calls for the digests: {modelCalls} ({feeds * itemsPerFeed} item summaries + story summaries; independent of subscribers)"));
        Console.WriteLine($"interactive paste → answer, no broadcast: {baseline.Latencies.Describe()}");
        Console.WriteLine($"interactive paste → answer, during the broadcast: {interactive.Latencies.Describe()}");
        var ok = rate >= RateTarget && telegram.State.TooManyRequestsCount == 0;
        Console.WriteLine($"target >= {RateTarget}/s with zero 429s: {(ok ? "MET" : "MISSED")}");
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }

        return ok ? 0 : 1;
    }

    private static IHost Build(FakeBotApiServer telegram, FakeOpenAiServer model, string folder)
    {
        var builder = GistHost.CreateBuilder(logToStandardError: false, new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = telegram.Token,
            ["Telegram:ApiBaseUrl"] = telegram.BaseUrl,
            ["Telegram:PollingTimeoutSeconds"] = "1",
            ["Storage:Path"] = Path.Combine(folder, "gist.db"),
            ["Llm:Provider"] = "openai",
            ["Llm:Endpoint"] = model.OpenAiEndpoint,
            ["Llm:ApiKey"] = "sk-bench",
            ["Llm:Model"] = "gpt-bench",
            ["Llm:PromptsPath"] = RepoPaths.Prompts,
            ["Digests:Tick"] = "01:00:00",
        });
        builder.Logging.ClearProviders();
        builder.AddGistPipeline();
        builder.AddGistTelegram();
        builder.AddGistDigests();
        return builder.Build();
    }

    private static async Task SetUpAsync(IServiceProvider services, IReadOnlyList<long> chats, int feedCount, int items, DateTimeOffset now)
    {
        var store = services.GetRequiredService<IFeedStore>();
        var samples = RepoPaths.AllSamples().Select(File.ReadAllText).ToList();
        var feedIds = new List<long>();
        for (var f = 0; f < feedCount; f++)
        {
            var feed = await store.GetOrAddAsync($"https://outlet{f}.example/rss", $"Outlet {f}", null, now, default);
            feedIds.Add(feed.Id);
            var added = Enumerable.Range(0, items).Select(i =>
            {
                var text = samples[(f + i) % samples.Count] + $"\n\nOutlet {f} item {i}.";
                var key = $"o{f}-i{i}";
                return new NewFeedItem(key, $"https://outlet{f}.example/{key}", key, $"Outlet {f} item {i}", text, false, now.AddHours(-1 - i));
            }).ToList();
            await store.AddItemsAsync(feed.Id, added, now, default);
        }

        var subscriptions = services.GetRequiredService<ISubscriptionStore>();
        var subscribers = services.GetRequiredService<ISubscriberStore>();
        foreach (var chat in chats)
        {
            foreach (var id in feedIds)
            {
                await subscriptions.AddAsync(chat, id, now, default);
            }

            await subscribers.SaveAsync(new Subscriber(chat, "UTC", new TimeOnly(8, 0), now.AddDays(1), null, null, false), default);
        }
    }

    private static async Task MakeDueAsync(IServiceProvider services, IReadOnlyList<long> chats)
    {
        var subscribers = services.GetRequiredService<ISubscriberStore>();
        var due = DateTimeOffset.UtcNow.AddMinutes(-1);
        foreach (var chat in chats)
        {
            var subscriber = await subscribers.GetAsync(chat, default);
            await subscribers.SaveAsync(subscriber! with { NextDigestAt = due }, default);
        }
    }

    /// <summary>Pastes distinct articles one after another and times each until its answer is complete.</summary>
    private static async Task<(Percentiles Latencies, int ModelCalls)> PasteLatenciesAsync(FakeBotApiServer telegram, int count, int offset, CancellationToken cancellationToken)
    {
        var samples = RepoPaths.AllSamples().Select(File.ReadAllText).ToList();
        var latencies = new List<double>();
        for (var i = 0; i < count && !cancellationToken.IsCancellationRequested; i++)
        {
            var user = FakeUser.Create(900 + offset + i, "Reader");
            var text = samples[i % samples.Count] + $"\n\nReader note {offset + i}.";
            var clock = Stopwatch.StartNew();
            telegram.Updates.EnqueueText(user, text);
            await telegram.State.WaitForAsync(s => s.Messages(user.Id).Any(m => m.ButtonTexts.Count > 0), TimeSpan.FromMinutes(2), cancellationToken);
            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }

        return (new Percentiles(latencies), latencies.Count);
    }

    /// <summary>A valid English summary for any article (claims quote its first words); a story summary for a story.</summary>
    private static FakeChatReply ModelAnswer(FakeChatRequest request)
    {
        if (request.ResponseFormat?.SchemaName is { } schema && schema.Contains("story", StringComparison.OrdinalIgnoreCase))
        {
            return FakeChatReply.Text(JsonSerializer.Serialize(new { headline = "Outlets report the same event", summary = "Several outlets report the same event; this is their merged summary." }));
        }

        return FakeChatReply.Text(JsonSerializer.Serialize(new
        {
            headline = "US and South Korea voice concern over North Korea–Russia cooperation",
            summary = "US Secretary of State Antony Blinken said in Seoul that he shares South Korea's concern about growing military cooperation between North Korea and Russia.",
            claims = Array.Empty<object>(),
            sourceLanguage = "ar",
        }));
    }
}
