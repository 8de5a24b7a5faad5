using System.Diagnostics;
using Gist.Core.Storage;
using Gist.Telegram.Sending.Throttling;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gist.IntegrationTests.Digests;

public sealed class OutboundThrottleTests
{
    private static OutboundThrottle Throttle(TimeSpan chatInterval)
    {
        var options = Options.Create(new ThrottleOptions
        {
            MessagesPerSecond = 10,
            InteractiveReserve = 3,
            PrivateChatInterval = chatInterval,
            GroupChatInterval = chatInterval * 3,
        });
        var slots = new FallbackSendSlots(new InProcessSendSlots(TimeProvider.System), TimeProvider.System, options, NullLogger<FallbackSendSlots>.Instance);
        return new OutboundThrottle(slots, TimeProvider.System);
    }

    [Fact]
    public async Task An_interactive_reply_goes_at_once_while_the_broadcast_has_used_its_share_of_the_second()
    {
        var throttle = Throttle(TimeSpan.Zero);
        for (long chat = 1; chat <= 7; chat++)
        {
            await throttle.WaitAsync(chat, SendPriority.Bulk, default);
        }

        var bulk = Stopwatch.StartNew();
        var eighth = throttle.WaitAsync(100, SendPriority.Bulk, default).AsTask();
        var interactive = Stopwatch.StartNew();
        await throttle.WaitAsync(200, SendPriority.Interactive, default);
        interactive.Stop();
        await eighth;
        bulk.Stop();

        Assert.True(interactive.Elapsed < TimeSpan.FromMilliseconds(100), $"interactive waited {interactive.Elapsed}");
        Assert.True(bulk.Elapsed > TimeSpan.FromMilliseconds(500), $"bulk waited only {bulk.Elapsed}");
    }

    [Fact]
    public async Task Messages_to_one_chat_are_spaced_and_a_retry_after_pauses_that_chat_only()
    {
        var throttle = Throttle(TimeSpan.FromMilliseconds(300));
        await throttle.WaitAsync(5, SendPriority.Bulk, default);
        var spaced = Stopwatch.StartNew();
        await throttle.WaitAsync(5, SendPriority.Bulk, default);
        Assert.True(spaced.Elapsed >= TimeSpan.FromMilliseconds(250), $"second message after {spaced.Elapsed}");

        await throttle.PauseChatAsync(6, TimeSpan.FromMilliseconds(400), default);
        var other = Stopwatch.StartNew();
        await throttle.WaitAsync(7, SendPriority.Bulk, default);
        Assert.True(other.Elapsed < TimeSpan.FromMilliseconds(100));
        var paused = Stopwatch.StartNew();
        await throttle.WaitAsync(6, SendPriority.Interactive, default);
        Assert.True(paused.Elapsed >= TimeSpan.FromMilliseconds(350), $"paused chat sent after {paused.Elapsed}");
    }
}
