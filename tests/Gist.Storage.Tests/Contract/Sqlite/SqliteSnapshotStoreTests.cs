namespace Gist.Storage.Tests.Contract.Sqlite;

public sealed class SqliteSnapshotStoreTests : SnapshotStoreContract
{
    protected override Task<StoreProvider> CreateProviderAsync() => Task.FromResult<StoreProvider>(new SqliteStoreProvider());
}
