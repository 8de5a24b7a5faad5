using Gist.Core.Storage;
using Gist.Storage.Digests;
using Gist.Storage.Postgres;
using Gist.Storage.Reliability;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Gist.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the storage the "Storage" section chooses; see <see cref="AddGistStorage(IServiceCollection, IConfiguration)"/>.</summary>
    public static IHostApplicationBuilder AddGistStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGistStorage(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// Registers <see cref="StorageOptions"/> from the "Storage" section (validated at start) and every store as a
    /// singleton over one database: SQLite (<see cref="SqliteDatabase"/>, the default) or PostgreSQL
    /// (<see cref="PostgresDatabase"/>) as <c>Storage__Provider</c> says. Call <see cref="IStorageSchema.InitializeAsync"/>
    /// at start to create and migrate the schema before the first update arrives.
    /// </summary>
    public static IServiceCollection AddGistStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // A value that is neither provider registers SQLite's stores, and the validation stops the start naming it.
        var chosen = new StorageOptions { Provider = configuration.GetSection(StorageOptions.SectionName)[nameof(StorageOptions.Provider)] ?? StorageOptions.Sqlite };
        if (chosen.UsesPostgres())
        {
            return services.AddPostgresStores();
        }

        return services.AddSqliteStores();
    }

    private static IServiceCollection AddSqliteStores(this IServiceCollection services)
    {
        services.TryAddSingleton<SqliteDatabase>();
        services.TryAddSingleton<IStorageSchema>(provider => provider.GetRequiredService<SqliteDatabase>());
        services.TryAddSingleton<SqliteUpdateInbox>();
        services.TryAddSingleton<IUpdateInbox>(provider => provider.GetRequiredService<SqliteUpdateInbox>());
        services.TryAddSingleton<SqliteResultCache>();
        services.TryAddSingleton<IResultCache>(provider => provider.GetRequiredService<SqliteResultCache>());
        services.TryAddSingleton<IResultLock, SqliteResultLock>();
        services.TryAddSingleton<IUserRateStore, SqliteUserRateStore>();
        services.TryAddSingleton<ISendSlotStore, SqliteSendSlotStore>();
        services.TryAddSingleton<SqliteArticleStore>();
        services.TryAddSingleton<IArticleStore>(provider => provider.GetRequiredService<SqliteArticleStore>());
        services.TryAddSingleton<SqliteArticleReplyStore>();
        services.TryAddSingleton<IArticleReplyStore>(provider => provider.GetRequiredService<SqliteArticleReplyStore>());
        services.TryAddSingleton<SqliteChatSettingsStore>();
        services.TryAddSingleton<IChatSettingsStore>(provider => provider.GetRequiredService<SqliteChatSettingsStore>());
        services.TryAddSingleton<SqliteUsageStore>();
        services.TryAddSingleton<IUsageStore>(provider => provider.GetRequiredService<SqliteUsageStore>());
        services.TryAddSingleton<IModelRerunStore, SqliteModelRerunStore>();
        services.TryAddSingleton<IUserQuotaStore, SqliteUserQuotaStore>();
        services.TryAddSingleton<IReplyProgressStore, SqliteReplyProgressStore>();
        services.TryAddSingleton<IQuotaChargeStore, SqliteQuotaChargeStore>();
        services.TryAddSingleton<IPollingLease, SqlitePollingLease>();
        services.TryAddSingleton<SqliteFeedStore>();
        services.TryAddSingleton<IFeedStore>(provider => provider.GetRequiredService<SqliteFeedStore>());
        services.TryAddSingleton<SqliteSubscriptionStore>();
        services.TryAddSingleton<ISubscriptionStore>(provider => provider.GetRequiredService<SqliteSubscriptionStore>());
        services.TryAddSingleton<SqliteSubscriberStore>();
        services.TryAddSingleton<ISubscriberStore>(provider => provider.GetRequiredService<SqliteSubscriberStore>());
        services.TryAddSingleton<SqlitePendingDigestStore>();
        services.TryAddSingleton<IPendingDigestStore>(provider => provider.GetRequiredService<SqlitePendingDigestStore>());
        services.TryAddSingleton<Snapshots.SqliteSnapshotStore>();
        services.TryAddSingleton<ISnapshotStore>(provider => provider.GetRequiredService<Snapshots.SqliteSnapshotStore>());
        return services;
    }

    private static IServiceCollection AddPostgresStores(this IServiceCollection services)
    {
        services.TryAddSingleton<PostgresDatabase>();
        services.TryAddSingleton<IStorageSchema>(provider => provider.GetRequiredService<PostgresDatabase>());
        services.TryAddSingleton<PostgresUpdateInbox>();
        services.TryAddSingleton<IUpdateInbox>(provider => provider.GetRequiredService<PostgresUpdateInbox>());
        services.AddHostedService<PostgresLeaseRenewal>();
        services.TryAddSingleton<IResultCache, PostgresResultCache>();
        services.TryAddSingleton<IResultLock, PostgresResultLock>();
        services.TryAddSingleton<IUserRateStore, PostgresUserRateStore>();
        services.TryAddSingleton<ISendSlotStore, PostgresSendSlotStore>();
        services.TryAddSingleton<IArticleStore, PostgresArticleStore>();
        services.TryAddSingleton<IArticleReplyStore, PostgresArticleReplyStore>();
        services.TryAddSingleton<IChatSettingsStore, PostgresChatSettingsStore>();
        services.TryAddSingleton<IUsageStore, PostgresUsageStore>();
        services.TryAddSingleton<IModelRerunStore, PostgresModelRerunStore>();
        services.TryAddSingleton<IUserQuotaStore, PostgresUserQuotaStore>();
        services.TryAddSingleton<IReplyProgressStore, PostgresReplyProgressStore>();
        services.TryAddSingleton<IQuotaChargeStore, PostgresQuotaChargeStore>();
        services.TryAddSingleton<IPollingLease, PostgresPollingLease>();
        services.TryAddSingleton<IFeedStore, PostgresFeedStore>();
        services.TryAddSingleton<ISubscriptionStore, PostgresSubscriptionStore>();
        services.TryAddSingleton<ISubscriberStore, PostgresSubscriberStore>();
        services.TryAddSingleton<IPendingDigestStore, PostgresPendingDigestStore>();
        services.TryAddSingleton<ISnapshotStore, PostgresSnapshotStore>();
        return services;
    }
}
