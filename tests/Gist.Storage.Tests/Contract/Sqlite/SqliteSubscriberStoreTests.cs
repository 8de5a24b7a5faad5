namespace Gist.Storage.Tests.Contract.Sqlite;

public sealed class SqliteSubscriberStoreTests : SubscriberStoreContract
{
    protected override Task<StoreProvider> CreateProviderAsync() => Task.FromResult<StoreProvider>(new SqliteStoreProvider());
}
