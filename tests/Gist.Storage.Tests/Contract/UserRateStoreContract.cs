using Gist.Core.Storage;

namespace Gist.Storage.Tests.Contract;

/// <summary>A user's message allowance is one token bucket for every process on the database.</summary>
public abstract class UserRateStoreContract : StoreContract
{
    private const long Alice = 1001;
    private const long Bob = 1002;
    private static readonly RateAllowance ThreePerMinute = new(3, TimeSpan.FromSeconds(20));

    [StoreFact]
    public async Task A_burst_is_shared_by_the_processes_then_the_next_message_waits_for_the_refill()
    {
        StoreSet other = await Provider.OpenAsync();

        Assert.Null(await Stores.UserRates.TryTakeAsync(Alice, ThreePerMinute, None));
        Assert.Null(await other.UserRates.TryTakeAsync(Alice, ThreePerMinute, None));
        Assert.Null(await Stores.UserRates.TryTakeAsync(Alice, ThreePerMinute, None));
        TimeSpan? wait = await other.UserRates.TryTakeAsync(Alice, ThreePerMinute, None);

        Assert.NotNull(wait);
        Assert.InRange(wait.Value, TimeSpan.FromSeconds(1), ThreePerMinute.Refill);
        Assert.NotNull(await Stores.UserRates.TryTakeAsync(Alice, ThreePerMinute, None));
        Assert.Null(await Stores.UserRates.TryTakeAsync(Bob, ThreePerMinute, None));
    }

    [StoreFact]
    public async Task One_refill_interval_gives_back_one_message()
    {
        StoreSet other = await Provider.OpenAsync();
        for (int i = 0; i < ThreePerMinute.Burst; i++)
        {
            Assert.Null(await Stores.UserRates.TryTakeAsync(Alice, ThreePerMinute, None));
        }

        await Provider.LetRateTimePassAsync(ThreePerMinute.Refill);

        Assert.Null(await other.UserRates.TryTakeAsync(Alice, ThreePerMinute, None));
        Assert.NotNull(await Stores.UserRates.TryTakeAsync(Alice, ThreePerMinute, None));
    }

    [StoreFact]
    public async Task Processes_racing_for_a_burst_get_it_once()
    {
        StoreSet other = await Provider.OpenAsync();

        TimeSpan?[] answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            (i % 2 == 0 ? Stores : other).UserRates.TryTakeAsync(Alice, ThreePerMinute, None)));

        Assert.Equal(ThreePerMinute.Burst, answers.Count(a => a is null));
    }
}
