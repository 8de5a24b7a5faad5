using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Gist.Core.Abstractions;
using Gist.Core.Digests;
using Gist.Core.Storage;
using Gist.Digests.Feeds;
using Gist.Digests.Subscriptions;
using Gist.Digests.Tests.Support;
using Gist.Hosting;
using Gist.HostTesting;
using Gist.Telegram;
using Gist.Telegram.Digests;
using Gist.Testing.BotApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gist.MiniApp.Tests.Support;

/// <summary>
/// The bot as `gist bot` runs it (polling mode, Web:PublicUrl set, so its listener serves the Mini App) against the
/// fake Bot API, on a SQLite file in a temporary folder, with the digest tests' fixed summaries for the seed articles.
/// </summary>
public sealed class MiniAppHost : IAsyncDisposable
{
    public const string PublicUrl = "https://gist.example.org";

    private MiniAppHost(FakeBotApiServer telegram, IHost host, string folder, string baseUrl, LogCapture logs)
    {
        Logs = logs;
        Telegram = telegram;
        Host = host;
        Folder = folder;
        BaseUrl = baseUrl;
        Http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
    }

    public FakeBotApiServer Telegram { get; }

    /// <summary>Every log line of the bot, for failure messages.</summary>
    public LogCapture Logs { get; }

    public IHost Host { get; }

    public string Folder { get; }

    /// <summary>The listener's own address (http://127.0.0.1:port), where the browser opens the app.</summary>
    public string BaseUrl { get; }

    public HttpClient Http { get; }

    public T Service<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    public static async Task<MiniAppHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var telegram = await FakeBotApiServer.StartAsync();
        var folder = Directory.CreateTempSubdirectory("gist-miniapp-").FullName;
        var port = FreePort();
        var overrides = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = telegram.Token,
            ["Telegram:ApiBaseUrl"] = telegram.BaseUrl,
            ["Telegram:PollingTimeoutSeconds"] = "1",
            ["Telegram:WebhookListenUrl"] = $"http://127.0.0.1:{port}",
            ["Web:PublicUrl"] = PublicUrl,
            ["Storage:Path"] = Path.Combine(folder, "gist.db"),
            ["Llm:Provider"] = "offline",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        var builder = GistHost.CreateBuilder(logToStandardError: false, overrides);
        var logs = new LogCapture();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddProvider(logs);
        builder.AddGistPipeline();
        builder.AddGistTelegram();
        builder.AddGistDigests();
        builder.AddGistMiniApp();
        builder.Services.AddSingleton<ISummarizer>(new FixedSummaries());
        var host = builder.Build();
        await host.StartAsync();
        return new MiniAppHost(telegram, host, folder, $"http://127.0.0.1:{port}", logs);
    }

    /// <summary>initData Telegram would give <paramref name="userId"/> now, signed with this bot's token.</summary>
    public string InitData(long userId, DateTimeOffset? authDate = null) =>
        InitDataSigner.Sign(Telegram.Token, userId, authDate ?? DateTimeOffset.UtcNow);

    /// <summary>A GET with <c>Authorization: tma &lt;initData&gt;</c> (none when null).</summary>
    public Task<HttpResponseMessage> GetAsync(string path, string? initData)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (initData is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("tma", initData);
        }

        return Http.SendAsync(request);
    }

    /// <summary>
    /// The seed reference case for a user: the three seed feeds subscribed (unreachable addresses, so polling never
    /// leaves the machine), then "/digest now" delivered as the bot does it. Returns the digest's date.
    /// </summary>
    public async Task<string> DeliverReferenceDigestAsync(long userId)
    {
        var feeds = Service<IFeedStore>();
        var mapper = Service<FeedItemMapper>();
        foreach (var (feed, title, items) in Seeds.Feeds)
        {
            var record = await feeds.GetOrAddAsync($"http://127.0.0.1:9/{feed}/rss", title, null, DateTimeOffset.UtcNow, default);
            var parsed = FeedParser.Parse(System.Text.Encoding.UTF8.GetBytes(Seeds.Rss(feed, title, items)));
            var mapped = parsed.Entries.Select(e => mapper.Map(e, new Uri(record.Url), 400)).OfType<NewFeedItem>().ToList();
            await feeds.AddItemsAsync(record.Id, mapped, DateTimeOffset.UtcNow, default);
            await Service<ISubscriptionStore>().AddAsync(userId, record.Id, DateTimeOffset.UtcNow, default);
        }

        var subscriber = await Service<SubscriptionService>().EnsureSubscriberAsync(userId, default);
        await Service<DigestDelivery>().DeliverNowAsync(subscriber, default);
        var dates = await Service<Digests.Archive.DigestArchive>().ListAsync(userId, 1, default);
        return Assert.Single(dates).Date;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.StopAsync(TimeSpan.FromSeconds(10));
        Host.Dispose();
        await Telegram.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
