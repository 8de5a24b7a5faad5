namespace Gist.Storage.Tests.Contract.Sqlite;

public sealed class SqliteFeedStoreTests : FeedStoreContract
{
    protected override Task<StoreProvider> CreateProviderAsync() => Task.FromResult<StoreProvider>(new SqliteStoreProvider());
}
