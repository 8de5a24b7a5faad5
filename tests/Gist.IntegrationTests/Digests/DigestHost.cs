using Gist.Core.Digests;
using Gist.Hosting;
using Gist.Storage;
using Gist.Telegram;
using Gist.Telegram.Digests;
using Gist.Testing.BotApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Gist.Core.Storage;

namespace Gist.IntegrationTests.Digests;

/// <summary>
/// The bot's real registration (pipeline, Telegram, digests) on a SQLite file (or the database the settings name) and a chosen clock, built but not
/// started: the test drives the scheduler's ticks itself, so nothing runs behind its back. Disposing it without
/// letting a delivery finish is a crash; a second one on the same folder is the restarted process.
/// </summary>
public sealed class DigestHost : IDisposable
{
    private DigestHost(IHost host) => Host = host;

    public IHost Host { get; }

    public DigestScheduler Scheduler => Get<DigestScheduler>();

    public T Get<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    public static async Task<DigestHost> CreateAsync(FakeBotApiServer telegram, string folder, TimeProvider time,
        IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var overrides = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = telegram.Token,
            ["Telegram:ApiBaseUrl"] = telegram.BaseUrl,
            ["Storage:Path"] = Path.Combine(folder, "gist.db"),
            ["Llm:Provider"] = "offline",
            ["Fetch:AllowPrivateNetworks"] = "true",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        var builder = GistHost.CreateBuilder(logToStandardError: false, overrides);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(time);
        builder.AddGistPipeline();
        builder.AddGistTelegram();
        builder.AddGistDigests();
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.Services.GetRequiredService<IStorageSchema>().InitializeAsync(default);
        return new DigestHost(host);
    }

    /// <summary>A subscriber of <paramref name="feedId"/> with its digest at <paramref name="localTime"/> in <paramref name="zone"/>.</summary>
    public async Task SubscribeAsync(long chatId, long feedId, TimeOnly localTime, string zone, TimeProvider time)
    {
        await Get<ISubscriptionStore>().AddAsync(chatId, feedId, time.GetUtcNow(), default);
        await Get<Gist.Digests.Subscriptions.SubscriptionService>().UpdateScheduleAsync(chatId, localTime, zone, default);
    }

    public void Dispose()
    {
        Host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
