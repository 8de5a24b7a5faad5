using System.Diagnostics;
using Gist.Core.Storage;
using Gist.Core.Telemetry;
using Gist.Telegram.Receiving;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gist.Telegram.Processing;

/// <summary>
/// Takes updates from the durable inbox and processes them with bounded parallelism: each chat one update at a
/// time and in order (the inbox never hands out two updates of one chat at once), a DI scope per update.
/// On stop it lets in-flight work finish within the host's shutdown timeout; what is cut off stays in the inbox
/// and is answered after the restart, editing the placeholder it already sent.
/// </summary>
public sealed class UpdateWorker(
    IServiceScopeFactory scopes,
    IUpdateInbox inbox,
    InboxSignal signal,
    IOptions<TelegramOptions> options,
    ILogger<UpdateWorker> logger) : BackgroundService
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(1);
    private readonly CancellationTokenSource processing = new();
    private readonly Dictionary<long, Task> running = [];
    private readonly Lock gate = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var outage = new OutageLog(logger);
        int? recovered = null;
        var max = options.Value.MaxParallelUpdates;
        while (!stoppingToken.IsCancellationRequested)
        {
            int free;
            lock (gate)
            {
                free = max - running.Count;
            }

            IReadOnlyList<InboxItem> items;
            try
            {
                recovered ??= await RecoverAsync(stoppingToken);
                items = free > 0 ? await inbox.ClaimNextAsync(free, stoppingToken) : [];
                outage.Ended();
            }
            catch (StorageUnavailableException ex)
            {
                // The database is restarting or failing over: what is in the inbox stays there; try again shortly.
                await WaitQuietly(outage.Began(ex), stoppingToken);
                continue;
            }

            foreach (var item in items)
            {
                var task = ProcessAsync(item);
                lock (gate)
                {
                    running[item.UpdateId] = task;
                }
            }

            if (items.Count == 0)
            {
                await WaitQuietly(stoppingToken);
            }
        }
    }

    private async Task<int> RecoverAsync(CancellationToken stoppingToken)
    {
        var recovered = await inbox.RecoverInProgressAsync(stoppingToken);
        if (recovered > 0)
        {
            logger.LogInformation("Resuming {Count} updates interrupted by the previous run", recovered);
        }

        return recovered;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        Task[] inFlight;
        lock (gate)
        {
            inFlight = [.. running.Values];
        }

        logger.LogInformation("Draining {Count} updates in progress", inFlight.Length);
        try
        {
            await Task.WhenAll(inFlight).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Shutdown grace period over; unfinished updates stay in the inbox for the next start");
        }
        finally
        {
            await processing.CancelAsync();
        }
    }

    public override void Dispose()
    {
        processing.Dispose();
        base.Dispose();
    }

    private async Task ProcessAsync(InboxItem item)
    {
        await Task.Yield();
        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var dispatcher = scope.ServiceProvider.GetRequiredService<UpdateDispatcher>();
            var dispatching = dispatcher.DispatchAsync(item, processing.Token);

            // The dispatcher has the update; this method only needs the id from here on, so it does not hold the
            // update's JSON (as large as a pasted article) for the whole request (issue 6, docs/PERFORMANCE.md §3).
            item = item with { Json = string.Empty };
            var dispatched = await dispatching;
            outcome = dispatched.Kind switch { DispatchOutcomeKind.Answered => "answered", DispatchOutcomeKind.RetryLater => "retry", _ => "failed" };
            await RecordAsync(item, dispatched);
        }
        catch (OperationCanceledException) when (processing.IsCancellationRequested)
        {
            outcome = "retry";
            await LeaveInInboxAsync(item.UpdateId);
        }
        catch (StorageUnavailableException ex)
        {
            // Still unavailable after the retries: the update stays claimed until its lease runs out, then it is
            // answered by whichever instance claims it (the recorded progress keeps that from repeating messages).
            outcome = "retry";
            logger.LogWarning("Update {UpdateId} left for later: {Reason}", item.UpdateId, ex.Message);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Update {UpdateId} failed outside its handler", item.UpdateId);
            await inbox.FailAsync(item.UpdateId, ex.GetType().Name, CancellationToken.None);
        }
        finally
        {
            GistMetrics.UpdatesProcessed.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
            GistMetrics.UpdateDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("outcome", outcome));
            lock (gate)
            {
                running.Remove(item.UpdateId);
            }

            signal.Notify();
        }
    }

    /// <summary>Records the outcome, through a database restart: an answered update marked done is never run again.</summary>
    private Task RecordAsync(InboxItem item, DispatchOutcome outcome) => StorageOutage.RetryAsync(() => outcome.Kind switch
    {
        DispatchOutcomeKind.Answered => inbox.CompleteAsync(item.UpdateId, CancellationToken.None),
        DispatchOutcomeKind.RetryLater => inbox.ReleaseAsync(item.UpdateId, CancellationToken.None),
        _ => inbox.FailAsync(item.UpdateId, outcome.Error ?? "failed", CancellationToken.None),
    }, CancellationToken.None);

    private async Task LeaveInInboxAsync(long updateId)
    {
        try
        {
            await inbox.ReleaseAsync(updateId, CancellationToken.None);
        }
        catch (StorageUnavailableException)
        {
            // Shutting down during an outage: the claim's lease runs out and another instance (or the next start) takes it.
        }
    }

    private Task WaitQuietly(CancellationToken token) => WaitQuietly(IdlePoll, token);

    private async Task WaitQuietly(TimeSpan wait, CancellationToken token)
    {
        try
        {
            await signal.WaitAsync(wait, token);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
