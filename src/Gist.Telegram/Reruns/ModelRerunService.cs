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
/// Llm:Resilience:RerunMaxAttempts, or on a permanent failure, the offline reply stays.
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
                foreach (var rerun in await store.GetDueAsync(time.GetUtcNow(), 10, stoppingToken))
                {
                    await RunOneAsync(rerun, stoppingToken);
                }
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
