using Gist.Core.Storage;
using Gist.Core.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gist.Telegram.Sending.Throttling;

/// <summary>
/// The send slots of <see cref="ISendSlotStore"/> (shared by the instances on PostgreSQL), and this process's own
/// slots while the store does not answer within <see cref="ThrottleOptions.SlotStoreTimeout"/> or fails: sending
/// never stops because the database is down. The store is asked again every <see cref="RetryStoreAfter"/>; one
/// warning per outage, each fallback counted (gist.telegram.throttle_fallbacks). A 429's pause is kept here too, so
/// it holds whichever slots are in use.
/// </summary>
public sealed class FallbackSendSlots(ISendSlotStore store, TimeProvider time, IOptions<ThrottleOptions> options, ILogger<FallbackSendSlots> logger)
{
    public static readonly TimeSpan RetryStoreAfter = TimeSpan.FromSeconds(5);

    private readonly InProcessSendSlots local = new(time);
    private readonly Lock gate = new();
    private DateTimeOffset? storeRetryAt;

    /// <summary>True while slots come from this process (the store failed and its retry time has not come).</summary>
    public bool InFallback
    {
        get
        {
            lock (gate)
            {
                return storeRetryAt is { } retryAt && time.GetUtcNow() < retryAt;
            }
        }
    }

    public async Task<SendSlot> ReserveAsync(SendSlotRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var rules = settings.ToRules();
        if (InFallback)
        {
            return local.Reserve(request, rules);
        }

        try
        {
            var slot = await AskStoreAsync(token => store.ReserveAsync(request, rules, token), settings.SlotStoreTimeout, cancellationToken);
            Recovered();
            return slot;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            FellBack(ex);
            return local.Reserve(request, rules);
        }
    }

    public async Task PauseAsync(long? chatId, TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        local.Pause(chatId, retryAfter);
        if (InFallback)
        {
            return;
        }

        try
        {
            await AskStoreAsync(async token =>
            {
                await store.PauseAsync(chatId, retryAfter, token);
                return true;
            }, options.Value.SlotStoreTimeout, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            FellBack(ex);
        }
    }

    private async Task<T> AskStoreAsync<T>(Func<CancellationToken, Task<T>> ask, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // The timer runs on the bot's TimeProvider; the store's answer is awaited no longer than it, even if the
        // store ignores its token (a connection attempt stuck in the network).
        using var timer = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        return await ask(linked.Token).WaitAsync(linked.Token);
    }

    private void FellBack(Exception ex)
    {
        GistMetrics.ThrottleFallbacks.Add(1);
        bool first;
        lock (gate)
        {
            first = storeRetryAt is null;
            storeRetryAt = time.GetUtcNow() + RetryStoreAfter;
        }

        if (first)
        {
            logger.LogWarning(ex, "The shared send slots did not answer; this instance paces its Telegram messages on its own and asks again every {Retry}", RetryStoreAfter);
        }
    }

    private void Recovered()
    {
        lock (gate)
        {
            if (storeRetryAt is null)
            {
                return;
            }

            storeRetryAt = null;
        }

        logger.LogInformation("The shared send slots answer again; Telegram messages are paced with the other instances");
    }
}
