namespace Gist.Storage.Tests.Contract.Sqlite;

public sealed class SqliteUpdateInboxTests : UpdateInboxContract
{
    protected override Task<StoreProvider> CreateProviderAsync() => Task.FromResult<StoreProvider>(new SqliteStoreProvider());
}
