using Gist.Core.Storage;
using Gist.Storage.Reliability;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gist.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the SQLite storage: <see cref="StorageOptions"/> from the "Storage" section (validated at start),
    /// <see cref="SqliteDatabase"/> and every store as singletons. Call <see cref="SqliteDatabase.InitializeAsync"/>
    /// at start to create and migrate the file before the first update arrives.
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
        services.TryAddSingleton<SqliteDatabase>();

        services.TryAddSingleton<SqliteUpdateInbox>();
        services.TryAddSingleton<IUpdateInbox>(provider => provider.GetRequiredService<SqliteUpdateInbox>());
        services.TryAddSingleton<SqliteResultCache>();
        services.TryAddSingleton<IResultCache>(provider => provider.GetRequiredService<SqliteResultCache>());
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
        services.TryAddSingleton<Digests.SqliteFeedStore>();
        services.TryAddSingleton<IFeedStore>(provider => provider.GetRequiredService<Digests.SqliteFeedStore>());
        services.TryAddSingleton<Digests.SqliteSubscriptionStore>();
        services.TryAddSingleton<ISubscriptionStore>(provider => provider.GetRequiredService<Digests.SqliteSubscriptionStore>());
        services.TryAddSingleton<Digests.SqliteSubscriberStore>();
        services.TryAddSingleton<ISubscriberStore>(provider => provider.GetRequiredService<Digests.SqliteSubscriberStore>());
        services.TryAddSingleton<Digests.SqlitePendingDigestStore>();
        services.TryAddSingleton<IPendingDigestStore>(provider => provider.GetRequiredService<Digests.SqlitePendingDigestStore>());
        return services;
    }
}
