namespace Gist.Storage.Tests.Contract.Sqlite;

public sealed class SqliteChatSettingsStoreTests : ChatSettingsStoreContract
{
    protected override Task<StoreProvider> CreateProviderAsync() => Task.FromResult<StoreProvider>(new SqliteStoreProvider());
}
