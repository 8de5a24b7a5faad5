using Gist.Core.Digests;
using Gist.Digests;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Gist.Core.Storage;

namespace Gist.Telegram.Digests;

/// <summary>
/// One tick (Digests:Tick, on the injected <see cref="TimeProvider"/>) claims the subscribers whose digest is due from
/// the database, in this instance's name and with a lease renewed while their digests are delivered
/// (<see cref="SubscriberClaimRenewal"/>), and delivers them a few at a time. A subscriber whose delivery crashed is
/// claimed again, by any instance, once its lease ends; the per-date record keeps a digest that was sent from going
/// out twice, and the per-message fence keeps two instances from sending the same message.
/// </summary>
public sealed class DigestScheduler(
    ISubscriberStore subscribers,
    DigestDelivery delivery,
    IOptions<DigestsOptions> options,
    TimeProvider time,
    ILogger<DigestScheduler> logger) : BackgroundService
{
    private const int Parallelism = 8;

    /// <summary>This instance's name on its claims (unique per process, even for two hosts in one).</summary>
    public string Claimant { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Claims and delivers every due subscriber; returns how many were claimed.</summary>
    public async Task<int> TickAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var total = 0;
        while (true)
        {
            var now = time.GetUtcNow();
            var due = await subscribers.ClaimDueAsync(now, now + settings.ClaimLease, settings.ClaimBatch, Claimant, cancellationToken);
            if (due.Count == 0)
            {
                return total;
            }

            total += due.Count;
            await using var renewal = new SubscriberClaimRenewal(subscribers, Claimant, due.Select(s => s.ChatId), settings.ClaimLease, time, logger);
            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (subscriber, token) =>
            {
                try
                {
                    await delivery.DeliverScheduledAsync(subscriber, Claimant, token);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !token.IsCancellationRequested)
                {
                    // Left claimed: the lease ends and a later tick, on any instance, tries again.
                    logger.LogError(ex, "The digest for chat {Chat} failed", subscriber.ChatId);
                }
                finally
                {
                    renewal.Release(subscriber.ChatId);
                }
            });
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Tick, time);
        do
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Digest scheduler tick failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
