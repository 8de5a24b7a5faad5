using Gist.Core.Storage;
namespace Gist.Storage.Tests;

public sealed class UsageStoreTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateOnly Today = new(2024, 3, 1);
    private static readonly DateOnly Yesterday = new(2024, 2, 29);
    private readonly TempStorage temp = new();
    private readonly OpenStorage storage;

    public UsageStoreTests()
    {
        storage = temp.Open();
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Calls_are_counted_per_user_per_day()
    {
        Assert.Equal(1, await storage.Usage.IncrementModelCallsAsync(5, Today, None));
        Assert.Equal(2, await storage.Usage.IncrementModelCallsAsync(5, Today, None));
        Assert.Equal(1, await storage.Usage.IncrementModelCallsAsync(5, Yesterday, None));
        Assert.Equal(1, await storage.Usage.IncrementModelCallsAsync(6, Today, None));

        Assert.Equal(2, await storage.Usage.GetModelCallsAsync(5, Today, None));
        Assert.Equal(1, await storage.Usage.GetModelCallsAsync(5, Yesterday, None));
        Assert.Equal(0, await storage.Usage.GetModelCallsAsync(7, Today, None));
    }

    [Fact]
    public async Task Totals_and_top_users_for_stats()
    {
        for (int i = 0; i < 3; i++)
        {
            await storage.Usage.IncrementModelCallsAsync(5, Today, None);
        }

        await storage.Usage.IncrementModelCallsAsync(6, Today, None);
        await storage.Usage.IncrementModelCallsAsync(7, Yesterday, None);

        Assert.Equal(new UsageTotals(Today, 2, 4, 3, 5), await storage.Usage.GetTotalsAsync(Today, None));
        Assert.Equal([new UserUsage(5, 3), new UserUsage(6, 1)], await storage.Usage.GetTopUsersAsync(Today, 10, None));
        Assert.Equal([new UserUsage(5, 3)], await storage.Usage.GetTopUsersAsync(Today, 1, None));
    }

    [Fact]
    public async Task Totals_of_an_empty_store_are_zero()
    {
        Assert.Equal(new UsageTotals(Today, 0, 0, 0, 0), await storage.Usage.GetTotalsAsync(Today, None));
    }
}
