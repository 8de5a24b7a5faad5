namespace Gist.Storage.Tests.Contract;

/// <summary>Daily quota charges: checked before an update, charged once per update_id after it used the model.</summary>
public abstract class QuotaChargeStoreContract : StoreContract
{
    private static readonly DateOnly Today = new(2024, 3, 1);
    private static readonly DateOnly Yesterday = new(2024, 2, 29);

    [StoreFact]
    public async Task An_update_is_charged_once_however_often_it_is_charged()
    {
        Assert.True(await Stores.Charges.ChargeAsync(100, 5, Today, None));
        Assert.False(await Stores.Charges.ChargeAsync(100, 5, Today, None));
        Assert.True(await Stores.Charges.ChargeAsync(101, 5, Today, None));

        Assert.Equal(2, await Stores.Usage.GetModelCallsAsync(5, Today, None));
    }

    [StoreFact]
    public async Task A_user_has_room_until_the_day_holds_as_many_charges_as_the_limit()
    {
        Assert.True(await Stores.Charges.HasRoomAsync(200, 5, Today, 2, None));
        await Stores.Charges.ChargeAsync(100, 5, Today, None);
        Assert.True(await Stores.Charges.HasRoomAsync(200, 5, Today, 2, None));
        await Stores.Charges.ChargeAsync(101, 5, Today, None);

        Assert.False(await Stores.Charges.HasRoomAsync(200, 5, Today, 2, None));
        Assert.True(await Stores.Charges.HasRoomAsync(200, 6, Today, 2, None));
        Assert.True(await Stores.Charges.HasRoomAsync(200, 5, Today.AddDays(1), 2, None));
        Assert.False(await Stores.Charges.HasRoomAsync(200, 7, Today, 0, None));
    }

    [StoreFact]
    public async Task An_update_already_charged_has_room_even_at_the_limit()
    {
        await Stores.Charges.ChargeAsync(100, 5, Today, None);

        // A retry after a transient error, once the model answered: paid for, so never refused.
        Assert.True(await Stores.Charges.HasRoomAsync(100, 5, Today, 1, None));
        Assert.False(await Stores.Charges.HasRoomAsync(101, 5, Today, 1, None));
    }

    [StoreFact]
    public async Task Calls_already_made_are_counted_even_past_the_limit()
    {
        // Two updates passed the check together with one call left; both called the model, both are counted.
        Assert.True(await Stores.Charges.HasRoomAsync(100, 5, Today, 1, None));
        Assert.True(await Stores.Charges.HasRoomAsync(101, 5, Today, 1, None));
        Assert.True(await Stores.Charges.ChargeAsync(100, 5, Today, None));
        Assert.True(await Stores.Charges.ChargeAsync(101, 5, Today, None));

        Assert.Equal(2, await Stores.Usage.GetModelCallsAsync(5, Today, None));
        Assert.False(await Stores.Charges.HasRoomAsync(102, 5, Today, 1, None));
    }

    [StoreFact]
    public async Task Charges_older_than_two_days_are_pruned_and_the_day_counts_stay()
    {
        await Stores.Charges.ChargeAsync(100, 5, Yesterday, None);
        Provider.Time.Advance(TimeSpan.FromDays(3));
        await Stores.Charges.ChargeAsync(101, 5, Today, None);

        // The old charge row is gone (a redelivery after days is impossible), the usage it counted is not.
        Assert.True(await Stores.Charges.ChargeAsync(100, 5, Today, None));
        Assert.Equal(1, await Stores.Usage.GetModelCallsAsync(5, Yesterday, None));
        Assert.Equal(2, await Stores.Usage.GetModelCallsAsync(5, Today, None));
    }

    [StoreFact]
    public async Task Concurrent_charges_of_one_update_count_it_once()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Stores.Charges.ChargeAsync(300, 9, Today, None))));

        Assert.Single(results, charged => charged);
        Assert.Equal(1, await Stores.Usage.GetModelCallsAsync(9, Today, None));
    }
}
