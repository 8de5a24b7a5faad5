namespace Gist.Storage.Tests.Contract.Sqlite;

public sealed class SqliteInboxConcurrencyTests : InboxConcurrencyContract
{
    protected override Task<StoreProvider> CreateProviderAsync() => Task.FromResult<StoreProvider>(new SqliteStoreProvider());
}
