using Gist.Core.Digests;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Gist.Core.Storage;

namespace Gist.Digests.Feeds;

/// <summary>
/// Every tick, polls the feeds that are due (those with subscribers), a few at a time. The due feeds are claimed, not
/// just read, so with several instances on one database each feed is polled by one of them per interval.
/// </summary>
public sealed class FeedPollingService(FeedPoller poller, IFeedStore feeds, IOptions<DigestsOptions> options, TimeProvider time, ILogger<FeedPollingService> logger) : BackgroundService
{
    /// <summary>Polls every due feed once; returns how many new items arrived.</summary>
    public async Task<int> PollDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        // A claim lasts one poll interval: the poller saves the real next poll time, and a feed whose instance died
        // mid-poll is due again one interval later, as if that poll had happened.
        var due = await feeds.ClaimDueAsync(now, 500, now + settings.PollInterval, cancellationToken);
        var added = 0;
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = settings.PollConcurrency, CancellationToken = cancellationToken },
            async (feed, token) => Interlocked.Add(ref added, await poller.PollAsync(feed, token)));
        return added;
    }

    /// <summary>Polls the given feeds now, whatever their schedule (for /digest now).</summary>
    public async Task PollNowAsync(IEnumerable<long> feedIds, CancellationToken cancellationToken)
    {
        foreach (var id in feedIds)
        {
            if (await feeds.GetAsync(id, cancellationToken) is { } feed)
            {
                await poller.PollAsync(feed, cancellationToken);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Tick, time);
        do
        {
            try
            {
                await PollDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Feed polling tick failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
