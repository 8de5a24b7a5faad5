namespace Gist.Storage.Tests.Contract.Sqlite;

public sealed class SqliteSendSlotStoreTests : SendSlotStoreContract
{
    protected override Task<StoreProvider> CreateProviderAsync() => Task.FromResult<StoreProvider>(new SqliteStoreProvider());
}
