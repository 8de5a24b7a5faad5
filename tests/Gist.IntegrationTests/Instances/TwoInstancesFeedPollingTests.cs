using System.Globalization;
using Gist.Core.Digests;
using Gist.Core.Storage;
using Gist.Digests.Feeds;
using Gist.Hosting;
using Gist.IntegrationTests.Digests;
using Gist.Telegram;
using Gist.Telegram.Digests;
using Gist.Testing.BotApi;
using Gist.Testing.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gist.IntegrationTests.Instances;

/// <summary>
/// Two instances of the bot (the real host, in-process) on one PostgreSQL database, both running the feed poller
/// every second: each due feed is fetched by one of them, once per interval.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoInstancesFeedPollingTests(PostgresCluster cluster)
{
    private const int Feeds = 12;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [RequiresPostgresFact]
    public async Task With_both_instances_polling_each_due_feed_is_fetched_exactly_once()
    {
        await using FeedServer server = await FeedServer.StartAsync();
        await using var telegram = await FakeBotApiServer.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = telegram.Token,
            ["Telegram:ApiBaseUrl"] = telegram.BaseUrl,
            ["Telegram:PollingTimeoutSeconds"] = "1",
            ["Llm:Provider"] = "offline",
            ["Fetch:AllowPrivateNetworks"] = "true",
            ["Storage:Provider"] = "postgres",
            ["Storage:ConnectionString"] = await cluster.CreateDatabaseAsync(),
            ["Fetch:AllowedPorts:0"] = server.Port.ToString(CultureInfo.InvariantCulture),
            ["Digests:Tick"] = "00:00:01",
            ["Digests:PollInterval"] = "01:00:00",
        };
        IHost[] instances = await Task.WhenAll(StartAsync(settings), StartAsync(settings));
        using IHost first = instances[0];
        using IHost second = instances[1];

        var feedStore = first.Services.GetRequiredService<IFeedStore>();
        var paths = new List<string>();
        for (int i = 0; i < Feeds; i++)
        {
            string path = $"/feed{i}.xml";
            server.Set(path, "application/rss+xml", Rss(server.BaseUrl, i));
            FeedRecord feed = await feedStore.GetOrAddAsync(server.BaseUrl + path, null, null, DateTimeOffset.UtcNow, CancellationToken.None);
            await first.Services.GetRequiredService<ISubscriptionStore>().AddAsync(300 + i, feed.Id, DateTimeOffset.UtcNow, CancellationToken.None);
            paths.Add(path);
        }

        // Both pollers also asked at the same moment, besides their own ticks.
        await Task.WhenAll(
            first.Services.GetRequiredService<FeedPollingService>().PollDueAsync(CancellationToken.None),
            second.Services.GetRequiredService<FeedPollingService>().PollDueAsync(CancellationToken.None));
        DateTimeOffset deadline = DateTimeOffset.UtcNow + Timeout;
        while (server.Requests.Select(r => r.Path).Distinct().Count(paths.Contains) < Feeds && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        await Task.Delay(TimeSpan.FromSeconds(3)); // a few more ticks of both: a second fetch would show up here

        Assert.All(paths, path => Assert.Equal(1, server.Requests.Count(r => r.Path == path)));
        foreach (FeedRecord feed in await Task.WhenAll(Enumerable.Range(0, Feeds).Select(i =>
            feedStore.GetOrAddAsync(server.BaseUrl + paths[i], null, null, DateTimeOffset.UtcNow, CancellationToken.None))))
        {
            Assert.NotNull(feed.LastPolledAt);
            Assert.True(feed.NextPollAt > DateTimeOffset.UtcNow.AddMinutes(50), $"{feed.Url} is due at {feed.NextPollAt}");
            Assert.Single(await feedStore.GetLatestAsync(feed.Id, 10, CancellationToken.None));
        }
    }

    /// <summary>The bot's real registration (pipeline, Telegram, digests), started, as one instance of the bot.</summary>
    private static async Task<IHost> StartAsync(Dictionary<string, string?> settings)
    {
        var builder = GistHost.CreateBuilder(logToStandardError: false, settings);
        builder.Logging.ClearProviders();
        builder.AddGistPipeline();
        builder.AddGistTelegram();
        builder.AddGistDigests();
        IHost host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static string Rss(string baseUrl, int n) =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire " + n + "</title><link>" + baseUrl + "/</link>" +
        $"<item><guid>item-{n}</guid><title>Report {n}</title><link>{baseUrl}/article/{n}</link>" +
        $"<description>{string.Concat(Enumerable.Repeat($"Report {n} says the harbour reopened after the storm. ", 12))}</description></item>" +
        "</channel></rss>";
}
