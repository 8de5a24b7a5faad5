using Gist.Core.Storage;
using Gist.Summarization.Llm.Resilience;
using Gist.Telegram.Processing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gist.Telegram.Reruns;

/// <summary>Queues an offline reply for a re-run with the model (Llm:Resilience:RerunFallbacks), durably.</summary>
public sealed class ModelRerunScheduler(
    IModelRerunStore store,
    IOptions<ModelResilienceOptions> options,
    TimeProvider time,
    ILogger<ModelRerunScheduler> logger)
{
    /// <summary>Whether offline replies are re-run at all: only then may a reply promise to be replaced.</summary>
    public bool Enabled => options.Value.RerunFallbacks;

    public async Task ScheduleAsync(UpdateContext context, long articleId, IReadOnlyList<int> messageIds, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.RerunFallbacks || messageIds.Count == 0)
        {
            return;
        }

        var due = time.GetUtcNow() + TimeSpan.FromSeconds(settings.RerunDelaySeconds);
        await store.AddAsync(context.ChatId, articleId, context.Settings.OutputLanguage, messageIds,
            context.Message?.MessageId, due, cancellationToken);
        logger.LogInformation("Update {UpdateId} was answered offline; re-running it with the model at {Due}", context.Item.UpdateId, due);
    }
}
