namespace Gist.Storage.Tests.Contract.Sqlite;

public sealed class SqlitePendingDigestStoreTests : PendingDigestStoreContract
{
    protected override Task<StoreProvider> CreateProviderAsync() => Task.FromResult<StoreProvider>(new SqliteStoreProvider());
}
