using Gist.Storage.Digests;
using Gist.Storage.Reliability;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gist.Storage.Tests.Contract;

/// <summary>A real SQLite file in its own temporary folder, deleted (with its WAL files) at the end.</summary>
public sealed class SqliteStoreProvider : StoreProvider
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "gist-storage-tests", Guid.NewGuid().ToString("N"));

    public SqliteStoreProvider()
    {
        Directory.CreateDirectory(folder);
    }

    public override string Name => "sqlite";

    public string FilePath => Path.Combine(folder, "gist.db");

    public override Task<object?> ScalarAsync(string sql) => Task.FromResult(RawSqlite.Scalar(FilePath, sql));

    /// <summary>The processes share this machine's clock: the lease runs out when it has moved past it.</summary>
    public override Task LetPollingLeaseExpireAsync()
    {
        Time.Advance(TimeSpan.FromMinutes(1));
        return Task.CompletedTask;
    }

    /// <summary>The process's clock times the allowance.</summary>
    public override Task LetRateTimePassAsync(TimeSpan elapsed)
    {
        Time.Advance(elapsed);
        return Task.CompletedTask;
    }

    protected override Task<StoreSet> CreateAsync()
    {
        IOptions<StorageOptions> options = Options.Create(new StorageOptions { Path = FilePath });
        var database = new SqliteDatabase(options, NullLogger<SqliteDatabase>.Instance);
        var inbox = new SqliteUpdateInbox(database, Time, NullLogger<SqliteUpdateInbox>.Instance);
        return Task.FromResult(new StoreSet(database)
        {
            Inbox = inbox,
            PruneInbox = age => inbox.PruneAsync(age, CancellationToken.None),
            Results = new SqliteResultCache(database, Time),
            ResultLock = new SqliteResultLock(database),
            UserRates = new SqliteUserRateStore(database, Time),
            SendSlots = new SqliteSendSlotStore(database, Time),
            Articles = new SqliteArticleStore(database, Time),
            ArticleReplies = new SqliteArticleReplyStore(database, Time),
            ChatSettings = new SqliteChatSettingsStore(database, Time),
            Usage = new SqliteUsageStore(database),
            Reruns = new SqliteModelRerunStore(database, Time),
            Quotas = new SqliteUserQuotaStore(database, Time),
            ReplyProgress = new SqliteReplyProgressStore(database),
            Charges = new SqliteQuotaChargeStore(database, Time),
            Feeds = new SqliteFeedStore(database),
            Subscriptions = new SqliteSubscriptionStore(database),
            Subscribers = new SqliteSubscriberStore(database, Time),
            PendingDigests = new SqlitePendingDigestStore(database),
            Snapshots = new Snapshots.SqliteSnapshotStore(database, Time),
            PollingLease = new SqlitePollingLease(database, options, Time),
        });
    }

    protected override Task DisposeDatabaseAsync()
    {
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
