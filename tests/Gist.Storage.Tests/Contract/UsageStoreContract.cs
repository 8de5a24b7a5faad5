using Gist.Core.Storage;
namespace Gist.Storage.Tests.Contract;

public abstract class UsageStoreContract : StoreContract
{
    private static readonly DateOnly Today = new(2024, 3, 1);
    private static readonly DateOnly Yesterday = new(2024, 2, 29);

    [StoreFact]
    public async Task Calls_are_counted_per_user_per_day()
    {
        Assert.Equal(1, await Stores.Usage.IncrementModelCallsAsync(5, Today, None));
        Assert.Equal(2, await Stores.Usage.IncrementModelCallsAsync(5, Today, None));
        Assert.Equal(1, await Stores.Usage.IncrementModelCallsAsync(5, Yesterday, None));
        Assert.Equal(1, await Stores.Usage.IncrementModelCallsAsync(6, Today, None));

        Assert.Equal(2, await Stores.Usage.GetModelCallsAsync(5, Today, None));
        Assert.Equal(1, await Stores.Usage.GetModelCallsAsync(5, Yesterday, None));
        Assert.Equal(0, await Stores.Usage.GetModelCallsAsync(7, Today, None));
    }

    [StoreFact]
    public async Task Totals_and_top_users_for_stats()
    {
        for (int i = 0; i < 3; i++)
        {
            await Stores.Usage.IncrementModelCallsAsync(5, Today, None);
        }

        await Stores.Usage.IncrementModelCallsAsync(6, Today, None);
        await Stores.Usage.IncrementModelCallsAsync(7, Yesterday, None);

        Assert.Equal(new UsageTotals(Today, 2, 4, 3, 5), await Stores.Usage.GetTotalsAsync(Today, None));
        Assert.Equal([new UserUsage(5, 3), new UserUsage(6, 1)], await Stores.Usage.GetTopUsersAsync(Today, 10, None));
        Assert.Equal([new UserUsage(5, 3)], await Stores.Usage.GetTopUsersAsync(Today, 1, None));
    }

    [StoreFact]
    public async Task Totals_of_an_empty_store_are_zero()
    {
        Assert.Equal(new UsageTotals(Today, 0, 0, 0, 0), await Stores.Usage.GetTotalsAsync(Today, None));
    }
}
