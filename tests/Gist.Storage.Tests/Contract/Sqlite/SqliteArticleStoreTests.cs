namespace Gist.Storage.Tests.Contract.Sqlite;

public sealed class SqliteArticleStoreTests : ArticleStoreContract
{
    protected override Task<StoreProvider> CreateProviderAsync() => Task.FromResult<StoreProvider>(new SqliteStoreProvider());
}
