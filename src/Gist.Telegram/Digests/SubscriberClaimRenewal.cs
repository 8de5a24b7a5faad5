using System.Collections.Concurrent;
using Gist.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Gist.Telegram.Digests;

/// <summary>
/// Keeps one tick's claims on its subscribers alive while their digests are delivered: renews them every third of the
/// lease until each delivery ends (<see cref="Release"/>). A delivery slower than the lease (a long digest at one
/// message a second per chat, a large batch) so keeps its subscriber; an instance that dies stops renewing, and its
/// subscribers go to another instance once the lease runs out. A delivery that failed is released from renewal and
/// retried after its lease. A claim that could not be renewed in time is still safe: only its holder may send
/// (<see cref="IPendingDigestStore.BeginPartAsync"/>).
/// </summary>
public sealed class SubscriberClaimRenewal : IAsyncDisposable
{
    private readonly ConcurrentDictionary<long, byte> held;
    private readonly ISubscriberStore subscribers;
    private readonly string claimant;
    private readonly TimeSpan lease;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stop = new();
    private readonly Task renewing;

    public SubscriberClaimRenewal(ISubscriberStore subscribers, string claimant, IEnumerable<long> chatIds, TimeSpan lease, TimeProvider time, ILogger logger)
    {
        this.subscribers = subscribers;
        this.claimant = claimant;
        this.lease = lease;
        this.time = time;
        this.logger = logger;
        held = new ConcurrentDictionary<long, byte>(chatIds.Select(chat => KeyValuePair.Create(chat, (byte)0)));
        renewing = RenewAsync(stop.Token);
    }

    /// <summary>The delivery to this chat ended (sent, or failed and left to its lease): its claim is no longer renewed.</summary>
    public void Release(long chatId) => held.TryRemove(chatId, out _);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await renewing;
        stop.Dispose();
    }

    private async Task RenewAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(lease / 3, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await RenewOnceAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The tick's deliveries are over.
        }
    }

    private async Task RenewOnceAsync(CancellationToken cancellationToken)
    {
        long[] chats = [.. held.Keys];
        try
        {
            var renewed = (await subscribers.RenewClaimsAsync(claimant, chats, time.GetUtcNow() + lease, cancellationToken)).ToHashSet();
            foreach (var chat in chats.Where(c => !renewed.Contains(c)))
            {
                // Released by its own delivery meanwhile, or (past its lease) taken by another instance.
                held.TryRemove(chat, out _);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not renew the claims of {Claimant} on {Count} subscribers being delivered", claimant, chats.Length);
        }
    }
}
