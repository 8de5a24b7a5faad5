using Gist.Core.Storage;
using Gist.Summarization.Llm.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gist.Telegram.Reruns;

/// <summary>
/// Runs the queued re-runs when they are due: one at a time (the model was just struggling), each replacing an
/// offline reply in place. A re-run still answered offline waits twice as long; after
/// Llm:Resilience:RerunMaxAttempts, or on a permanent failure, the offline reply stays. Each re-run is claimed before it
/// runs, so with several instances on one database it is done by one of them.
/// </summary>
public sealed class ModelRerunService(
    IServiceScopeFactory scopes,
    IModelRerunStore store,
    IOptions<ModelResilienceOptions> options,
    TimeProvider time,
    ILogger<ModelRerunService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(options.Value.RerunPollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Model re-runs failed; trying again in {Delay}", poll);
            }

            try
            {
                await Task.Delay(poll, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Runs up to ten due re-runs, claiming one at a time so a slow one does not hold the others' claims.</summary>
    private async Task RunDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        // Longer than one re-run can take (the model's overall timeout), plus the first wait between attempts: a re-run
        // claimed by an instance that died runs again elsewhere after that.
        var claimFor = TimeSpan.FromSeconds(settings.OverallTimeoutSeconds + settings.RerunDelaySeconds);
        for (var i = 0; i < 10; i++)
        {
            var now = time.GetUtcNow();
            if (await store.ClaimDueAsync(now, 1, now + claimFor, cancellationToken) is not [var rerun])
            {
                return;
            }

            await RunOneAsync(rerun, cancellationToken);
        }
    }

    private async Task RunOneAsync(ModelRerun rerun, CancellationToken cancellationToken)
    {
        RerunOutcome outcome;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            outcome = await scope.ServiceProvider.GetRequiredService<FallbackReplacer>().ReplaceAsync(rerun, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Re-run {Id} for chat {ChatId} failed", rerun.Id, rerun.ChatId);
            outcome = RerunOutcome.StillUnavailable;
        }

        var settings = options.Value;
        if (outcome == RerunOutcome.StillUnavailable && rerun.Attempts + 1 < settings.RerunMaxAttempts)
        {
            var wait = TimeSpan.FromSeconds(settings.RerunDelaySeconds * Math.Pow(2, rerun.Attempts + 1));
            await store.RescheduleAsync(rerun.Id, time.GetUtcNow() + wait, cancellationToken);
            return;
        }

        logger.LogInformation("Re-run {Id} for chat {ChatId}: {Outcome}", rerun.Id, rerun.ChatId, outcome);
        await store.RemoveAsync(rerun.Id, cancellationToken);
    }
}
