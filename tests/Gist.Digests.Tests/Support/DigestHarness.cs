using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Core.Digests;
using Gist.Digests.Building;
using Gist.Digests.Feeds;
using Gist.Extraction;
using Gist.Storage;
using Gist.Summarization.Llm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Gist.Core.Storage;

namespace Gist.Digests.Tests.Support;

/// <summary>The digest domain wired as in the bot, on a real SQLite file, a fake clock and a chosen summarizer.</summary>
public sealed class DigestHarness : IAsyncDisposable
{
    private readonly string folder;

    private DigestHarness(ServiceProvider services, FakeTimeProvider time, string folder)
    {
        Services = services;
        Time = time;
        this.folder = folder;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static async Task<DigestHarness> StartAsync(ISummarizer summarizer, DateTimeOffset now, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var folder = Directory.CreateTempSubdirectory("gist-digests-").FullName;
        var values = new Dictionary<string, string?>
        {
            ["Storage:Path"] = Path.Combine(folder, "gist.db"),
            ["Fetch:AllowPrivateNetworks"] = "true",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var time = new FakeTimeProvider(now);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddLogging();
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddGistStorage(configuration);
        services.AddGistExtraction(configuration);
        services.Configure<LlmOptions>(_ => { });
        services.AddSingleton(summarizer);
        services.AddSingleton<ILinkReader, NoLinks>();
        configure?.Invoke(services);
        services.AddGistDigestsCore(configuration);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<SqliteDatabase>().InitializeAsync();
        return new DigestHarness(provider, time, folder);
    }

    /// <summary>
    /// Stores the seed feeds' items as if just polled, and subscribes the chat to all three. With
    /// <paramref name="feedDate"/> every item carries that date in its feed (as a feed that republishes them does).
    /// </summary>
    public async Task SubscribeToSeedFeedsAsync(long chatId, DateTimeOffset? feedDate = null)
    {
        foreach (var (feed, title, items) in Seeds.Feeds)
        {
            var dated = feedDate is { } date ? items.Select(i => (i.Id, date.ToString("r", System.Globalization.CultureInfo.InvariantCulture))).ToArray() : items;
            await AddFeedAsync(chatId, feed, Seeds.Rss(feed, title, dated), title);
        }
    }

    /// <summary>Parses and maps an RSS document as the poller does, stores its items and subscribes the chat; returns how many items were new.</summary>
    public async Task<int> AddFeedAsync(long chatId, string feed, string rss, string? title = null)
    {
        var feeds = Get<IFeedStore>();
        var mapper = Get<FeedItemMapper>();
        var record = await feeds.GetOrAddAsync($"https://example.org/{feed}/rss", title ?? feed, null, Time.GetUtcNow(), default);
        var parsed = FeedParser.Parse(System.Text.Encoding.UTF8.GetBytes(rss));
        var mapped = parsed.Entries.Select(e => mapper.Map(e, new Uri(record.Url), 400)).OfType<NewFeedItem>().ToList();
        var added = await feeds.AddItemsAsync(record.Id, mapped, Time.GetUtcNow(), default);
        await Get<ISubscriptionStore>().AddAsync(chatId, record.Id, Time.GetUtcNow(), default);
        return added;
    }

    public async Task<Digest> BuildSinceAsync(long chatId, DateTimeOffset since) =>
        await Get<DigestBuilder>().BuildAsync(chatId, new DigestWindow(since, null, Time.GetUtcNow()), includeReading: false, TimeZoneInfo.Utc, default);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private sealed class NoLinks : ILinkReader
    {
        public Task<Article> ReadAsync(Uri url, CancellationToken cancellationToken) =>
            throw new ArticleUnavailableException(ArticleUnavailableReason.NetworkError, "Tests read no links.");
    }
}
