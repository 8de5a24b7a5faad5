namespace Gist.Storage.Tests.Contract.Sqlite;

public sealed class SqlitePollingLeaseTests : PollingLeaseContract
{
    protected override Task<StoreProvider> CreateProviderAsync() => Task.FromResult<StoreProvider>(new SqliteStoreProvider());
}
