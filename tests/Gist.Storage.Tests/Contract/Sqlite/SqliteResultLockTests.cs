namespace Gist.Storage.Tests.Contract.Sqlite;

public sealed class SqliteResultLockTests : ResultLockContract
{
    protected override Task<StoreProvider> CreateProviderAsync() => Task.FromResult<StoreProvider>(new SqliteStoreProvider());
}
