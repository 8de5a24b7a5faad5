using Gist.Core.Storage;
using Gist.Telegram.Sending.Throttling;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Gist.Telegram.Tests.Throttling;

/// <summary>The throttle over a shared slot store, on a fake clock: booked slots, a store that hangs or fails.</summary>
public sealed class OutboundThrottleTests
{
    private static readonly TimeSpan StoreTimeout = TimeSpan.FromSeconds(2);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero));

    private (OutboundThrottle Throttle, FallbackSendSlots Slots) Create(ISendSlotStore store)
    {
        var options = Options.Create(new ThrottleOptions { SlotStoreTimeout = StoreTimeout });
        var slots = new FallbackSendSlots(store, time, options, NullLogger<FallbackSendSlots>.Instance);
        return (new OutboundThrottle(slots, time), slots);
    }

    [Fact]
    public async Task A_slot_booked_ahead_is_waited_out_without_asking_again()
    {
        var store = new ScriptedSendSlotStore((_, _) => Task.FromResult(new SendSlot(TimeSpan.FromMilliseconds(120), Reserved: true)));
        var (throttle, _) = Create(store);

        var wait = throttle.WaitAsync(1, SendPriority.Bulk, default).AsTask();
        time.Advance(TimeSpan.FromMilliseconds(119));
        Assert.False(wait.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await wait.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, store.Reservations);
    }

    [Fact]
    public async Task A_refused_slot_is_asked_for_again_after_its_wait()
    {
        var store = new ScriptedSendSlotStore((_, _) => Task.FromResult(new SendSlot(TimeSpan.FromMilliseconds(50), Reserved: false)));
        var (throttle, _) = Create(store);

        var wait = throttle.WaitAsync(1, SendPriority.Bulk, default).AsTask();
        store.Answer = (_, _) => Task.FromResult(SendSlot.Now);
        time.Advance(TimeSpan.FromMilliseconds(50));
        await wait.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, store.Reservations);
    }

    [Fact]
    public async Task A_store_that_does_not_answer_in_time_leaves_sending_to_in_process_slots_until_the_retry()
    {
        var store = new ScriptedSendSlotStore((_, _) => new TaskCompletionSource<SendSlot>().Task); // never answers, ignoring its token
        var (throttle, slots) = Create(store);

        var first = throttle.WaitAsync(1, SendPriority.Interactive, default).AsTask();
        Assert.False(first.IsCompleted);
        time.Advance(StoreTimeout);
        await first.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(slots.InFallback);

        // In fallback: no call to the store, and the in-process slots still space the chat.
        await throttle.WaitAsync(2, SendPriority.Interactive, default);
        var again = throttle.WaitAsync(1, SendPriority.Interactive, default).AsTask();
        Assert.False(again.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await again.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(1, store.Reservations);

        store.Answer = (_, _) => Task.FromResult(SendSlot.Now);
        time.Advance(FallbackSendSlots.RetryStoreAfter);
        await throttle.WaitAsync(3, SendPriority.Interactive, default);
        Assert.Equal(2, store.Reservations);
        Assert.False(slots.InFallback);
    }

    [Fact]
    public async Task A_failing_store_still_lets_a_429_pause_hold_in_process()
    {
        var store = new ScriptedSendSlotStore((_, _) => Task.FromException<SendSlot>(new InvalidOperationException("database down")));
        var (throttle, _) = Create(store);

        await throttle.PauseChatAsync(4, TimeSpan.FromSeconds(3), default);
        var paused = throttle.WaitAsync(4, SendPriority.Bulk, default).AsTask();
        await throttle.WaitAsync(5, SendPriority.Bulk, default);

        time.Advance(TimeSpan.FromSeconds(2.9));
        Assert.False(paused.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.2));
        await paused.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(1, store.Pauses);
        Assert.Equal(0, store.Reservations);
    }
}
