namespace Gist.Storage.Tests.Contract.Sqlite;

public sealed class SqliteSubscriptionStoreTests : SubscriptionStoreContract
{
    protected override Task<StoreProvider> CreateProviderAsync() => Task.FromResult<StoreProvider>(new SqliteStoreProvider());
}
