namespace Gist.Storage.Tests.Contract.Sqlite;

public sealed class SqliteReliabilityStoresTests : ReliabilityStoresContract
{
    protected override Task<StoreProvider> CreateProviderAsync() => Task.FromResult<StoreProvider>(new SqliteStoreProvider());
}
