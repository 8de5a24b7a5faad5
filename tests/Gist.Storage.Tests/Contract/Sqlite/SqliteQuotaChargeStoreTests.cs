namespace Gist.Storage.Tests.Contract.Sqlite;

public sealed class SqliteQuotaChargeStoreTests : QuotaChargeStoreContract
{
    protected override Task<StoreProvider> CreateProviderAsync() => Task.FromResult<StoreProvider>(new SqliteStoreProvider());
}
