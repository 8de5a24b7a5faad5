namespace Gist.Storage.Tests.Contract;

/// <summary>
/// The base of every contract test class: the same tests run against each provider, through a concrete subclass
/// per provider that says how to make a fresh database (<see cref="CreateProviderAsync"/>).
/// </summary>
public abstract class StoreContract : IAsyncLifetime
{
    protected static readonly CancellationToken None = CancellationToken.None;

    private StoreProvider? provider;
    private StoreSet? stores;

    /// <summary>This test's database.</summary>
    protected StoreProvider Provider => provider ?? throw new InvalidOperationException("The test has not been initialized.");

    /// <summary>The stores of the first process that opened the database.</summary>
    protected StoreSet Stores => stores ?? throw new InvalidOperationException("The test has not been initialized.");

    public async Task InitializeAsync()
    {
        provider = await CreateProviderAsync();
        stores = await provider.OpenAsync();
    }

    public async Task DisposeAsync()
    {
        if (provider is not null)
        {
            await provider.DisposeAsync();
        }
    }

    protected abstract Task<StoreProvider> CreateProviderAsync();
}
