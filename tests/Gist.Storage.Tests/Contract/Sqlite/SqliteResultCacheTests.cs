namespace Gist.Storage.Tests.Contract.Sqlite;

public sealed class SqliteResultCacheTests : ResultCacheContract
{
    protected override Task<StoreProvider> CreateProviderAsync() => Task.FromResult<StoreProvider>(new SqliteStoreProvider());
}
