using Gist.Storage.Tests.Postgres;

namespace Gist.Storage.Tests.Contract.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresReliabilityStoresTests(PostgresCluster cluster) : ReliabilityStoresContract, IUsesPostgres
{
    protected override async Task<StoreProvider> CreateProviderAsync() => await PostgresStoreProvider.CreateAsync(cluster);
}
