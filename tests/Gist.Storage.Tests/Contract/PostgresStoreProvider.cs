using Gist.Storage.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Gist.Storage.Tests.Contract;

/// <summary>A fresh database on the run's PostgreSQL cluster, copied from the migrated template.</summary>
public sealed class PostgresStoreProvider(string connectionString) : StoreProvider
{
    public override string Name => "postgres";

    public string ConnectionString => connectionString;

    public static async Task<PostgresStoreProvider> CreateAsync(PostgresCluster cluster) =>
        new(await CreateMigratedDatabaseAsync(cluster));

    /// <summary>A new database with this build's schema, copied from a template migrated once per run.</summary>
    public static Task<string> CreateMigratedDatabaseAsync(PostgresCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return cluster.CreateDatabaseAsync("gist_schema", async template =>
        {
            await using var database = new PostgresDatabase(
                Options.Create(new StorageOptions { Provider = StorageOptions.Postgres, ConnectionString = template }), NullLogger<PostgresDatabase>.Instance);
            await database.InitializeAsync();
        });
    }

    public override async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        object? value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    /// <summary>The claims' leases end now: what the database sees once a dead instance's lease has run out.</summary>
    public override async Task LetInboxLeasesExpireAsync() =>
        await ScalarAsync("UPDATE inbox SET lease_until = clock_timestamp() - interval '1 second' WHERE state = 'in_progress';");

    /// <summary>The lease is timed on the database's clock: it runs out when the clock is past it.</summary>
    public override async Task LetPollingLeaseExpireAsync() =>
        await ScalarAsync("UPDATE polling_lease SET lease_until = clock_timestamp() - interval '1 second';");

    /// <summary>The allowance is timed on the database's clock: moving its instants back is time passing.</summary>
    public override async Task LetRateTimePassAsync(TimeSpan elapsed) =>
        await ScalarAsync(FormattableString.Invariant($"UPDATE user_rate SET counted_at = counted_at - interval '{elapsed.TotalSeconds} seconds';"));

    protected override Task<StoreSet> CreateAsync()
    {
        IOptions<StorageOptions> options = Options.Create(new StorageOptions { Provider = StorageOptions.Postgres, ConnectionString = connectionString });
        var database = new PostgresDatabase(options, NullLogger<PostgresDatabase>.Instance);
        var inbox = new PostgresUpdateInbox(database, Time, options, NullLogger<PostgresUpdateInbox>.Instance);
        return Task.FromResult(new StoreSet(database)
        {
            Inbox = inbox,
            PruneInbox = age => inbox.PruneAsync(age, CancellationToken.None),
            Results = new PostgresResultCache(database, Time),
            ResultLock = new PostgresResultLock(database),
            UserRates = new PostgresUserRateStore(database),
            SendSlots = new Gist.Storage.Postgres.PostgresSendSlotStore(database),
            Articles = new PostgresArticleStore(database, Time),
            ArticleReplies = new PostgresArticleReplyStore(database, Time),
            ChatSettings = new PostgresChatSettingsStore(database, Time),
            Usage = new PostgresUsageStore(database),
            Reruns = new PostgresModelRerunStore(database, Time),
            Quotas = new PostgresUserQuotaStore(database, Time),
            ReplyProgress = new PostgresReplyProgressStore(database),
            Charges = new PostgresQuotaChargeStore(database, Time),
            Feeds = new PostgresFeedStore(database),
            Subscriptions = new PostgresSubscriptionStore(database),
            Subscribers = new PostgresSubscriberStore(database, Time),
            PendingDigests = new PostgresPendingDigestStore(database),
            Snapshots = new PostgresSnapshotStore(database, Time),
            PollingLease = new PostgresPollingLease(database, options),
        });
    }

    protected override Task DisposeDatabaseAsync() => Task.CompletedTask;
}
