namespace Gist.Storage.Tests.Contract.Sqlite;

public sealed class SqliteUserRateStoreTests : UserRateStoreContract
{
    protected override Task<StoreProvider> CreateProviderAsync() => Task.FromResult<StoreProvider>(new SqliteStoreProvider());
}
