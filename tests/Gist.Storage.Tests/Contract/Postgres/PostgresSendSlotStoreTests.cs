using Gist.Storage.Tests.Postgres;

namespace Gist.Storage.Tests.Contract.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSendSlotStoreTests(PostgresCluster cluster) : SendSlotStoreContract, IUsesPostgres
{
    protected override async Task<StoreProvider> CreateProviderAsync() => await PostgresStoreProvider.CreateAsync(cluster);
}
