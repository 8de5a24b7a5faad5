using Gist.Storage.Tests.Postgres;

namespace Gist.Storage.Tests.Contract.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresQuotaChargeStoreTests(PostgresCluster cluster) : QuotaChargeStoreContract, IUsesPostgres
{
    protected override async Task<StoreProvider> CreateProviderAsync() => await PostgresStoreProvider.CreateAsync(cluster);
}
