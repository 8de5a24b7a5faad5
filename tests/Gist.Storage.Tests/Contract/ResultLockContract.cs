namespace Gist.Storage.Tests.Contract;

/// <summary>
/// Two processes on one database take turns on the same result key and not on different keys, so the same new
/// article requested on two instances at once costs one model call.
/// </summary>
public abstract class ResultLockContract : StoreContract
{
    private const string Key = "summary:sha:abc:v1:model:en";

    // Long enough never to run out in a test that expects the lock; the short one only has to run out.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Brief = TimeSpan.FromMilliseconds(200);

    [StoreFact]
    public async Task A_key_held_by_one_process_is_not_granted_to_another_until_released()
    {
        StoreSet other = await Provider.OpenAsync();
        IAsyncDisposable? held = await Stores.ResultLock.TryAcquireAsync(Key, Patience, None);
        Assert.NotNull(held);

        Assert.Null(await other.ResultLock.TryAcquireAsync(Key, Brief, None));
        Task<IAsyncDisposable?> waiting = other.ResultLock.TryAcquireAsync(Key, Patience, None);
        await held.DisposeAsync();

        IAsyncDisposable? next = await waiting.WaitAsync(Patience);
        Assert.NotNull(next);
        Assert.Null(await Stores.ResultLock.TryAcquireAsync(Key, Brief, None));
        await next.DisposeAsync();
        await using IAsyncDisposable? again = await Stores.ResultLock.TryAcquireAsync(Key, Patience, None);
        Assert.NotNull(again);
    }

    [StoreFact]
    public async Task Different_keys_do_not_wait_for_each_other()
    {
        StoreSet other = await Provider.OpenAsync();
        await using IAsyncDisposable? held = await Stores.ResultLock.TryAcquireAsync(Key, Patience, None);
        Assert.NotNull(held);

        await using IAsyncDisposable? second = await other.ResultLock.TryAcquireAsync(Key + ":fr", Brief, None);

        Assert.NotNull(second);
    }

    [StoreFact]
    public async Task A_wait_given_up_leaves_the_key_to_the_next_process()
    {
        StoreSet other = await Provider.OpenAsync();
        StoreSet third = await Provider.OpenAsync();
        IAsyncDisposable? held = await Stores.ResultLock.TryAcquireAsync(Key, Patience, None);
        Assert.NotNull(held);
        using var leaving = new CancellationTokenSource();

        Task<IAsyncDisposable?> abandoned = other.ResultLock.TryAcquireAsync(Key, Patience, leaving.Token);
        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned.WaitAsync(Patience));
        await held.DisposeAsync();

        await using IAsyncDisposable? next = await third.ResultLock.TryAcquireAsync(Key, Patience, None);
        Assert.NotNull(next);
    }
}
