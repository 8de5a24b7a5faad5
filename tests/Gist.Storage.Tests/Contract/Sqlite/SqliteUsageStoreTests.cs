namespace Gist.Storage.Tests.Contract.Sqlite;

public sealed class SqliteUsageStoreTests : UsageStoreContract
{
    protected override Task<StoreProvider> CreateProviderAsync() => Task.FromResult<StoreProvider>(new SqliteStoreProvider());
}
