namespace Gist.Storage.Tests.Contract;

/// <summary>One process polls Telegram at a time; another takes over when it stops, or when its lease runs out.</summary>
public abstract class PollingLeaseContract : StoreContract
{
    [StoreFact]
    public async Task One_holder_at_a_time_renewing_its_lease()
    {
        StoreSet other = await Provider.OpenAsync();

        Assert.True(await Stores.PollingLease.TryHoldAsync(None));
        Assert.False(await other.PollingLease.TryHoldAsync(None));
        Assert.True(await Stores.PollingLease.TryHoldAsync(None));
        Assert.False(await other.PollingLease.TryHoldAsync(None));
        Assert.True(Stores.PollingLease.CheckInterval < TimeSpan.FromSeconds(30));
    }

    [StoreFact]
    public async Task A_released_lease_goes_to_the_next_process_at_once()
    {
        StoreSet other = await Provider.OpenAsync();
        Assert.True(await Stores.PollingLease.TryHoldAsync(None));

        await Stores.PollingLease.ReleaseAsync(None);

        Assert.True(await other.PollingLease.TryHoldAsync(None));
        Assert.False(await Stores.PollingLease.TryHoldAsync(None));
    }

    [StoreFact]
    public async Task The_lease_of_a_holder_that_died_goes_to_another_once_it_runs_out()
    {
        StoreSet other = await Provider.OpenAsync();
        Assert.True(await Stores.PollingLease.TryHoldAsync(None));
        Assert.False(await other.PollingLease.TryHoldAsync(None));

        await Provider.LetPollingLeaseExpireAsync();

        Assert.True(await other.PollingLease.TryHoldAsync(None));
        Assert.False(await Stores.PollingLease.TryHoldAsync(None));
        await Stores.PollingLease.ReleaseAsync(None);
        Assert.True(await other.PollingLease.TryHoldAsync(None));
    }
}
