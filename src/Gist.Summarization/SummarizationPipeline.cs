using System.Text.Json;
using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Core.Storage;
using Gist.Core.Summaries;
using Gist.Summarization.Gate;
using Gist.Summarization.Llm;
using Gist.Summarization.Offline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gist.Summarization;

/// <summary>
/// The summarizer the bot uses: a cached model result when the same article was summarized before (same text,
/// prompt version, model and language), else the model, else the offline extractive engine, clearly labelled.
/// Whichever answered, the result leaves through the <see cref="ModelTextGate"/> (a cached one too: it may predate a
/// rule of the gate).
/// </summary>
public sealed class SummarizationPipeline(
    IServiceProvider services,
    OfflineSummarizer offline,
    IResultCache cache,
    ModelTextGate gate,
    IOptions<LlmOptions> options,
    ILogger<SummarizationPipeline> logger) : ISummarizer
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SingleFlight<SummaryResult> flights = new();

    public async Task<SummaryResult> SummarizeAsync(Article article, string outputLanguage, CancellationToken cancellationToken) =>
        gate.Pass(await UngatedAsync(article, outputLanguage, cancellationToken), ModelTextSource.Of(article));

    private async Task<SummaryResult> UngatedAsync(Article article, string outputLanguage, CancellationToken cancellationToken)
    {
        if (!options.Value.UsesModel)
        {
            return await offline.SummarizeAsync(article, outputLanguage, cancellationToken);
        }

        var llm = services.GetRequiredService<LlmSummarizer>();
        var key = $"summary:{ContentHash.Of(article.Text)}:{llm.PromptVersion}:{llm.Model}:{outputLanguage}";
        try
        {
            // Requests for the same key at the same time share one cache look-up and one model call: the cache is
            // written only when the call ends, so without this two chats sending one new article paid twice.
            return await flights.RunAsync(key, token => CachedOrModelAsync(llm, key, article, outputLanguage, token), cancellationToken);
        }
        catch (ModelUnavailableException ex)
        {
            // The reason, not the exception: a provider's error body can echo the API key (an OpenAI 401 does).
            logger.LogError("The model failed: {Reason} ({Cause}); answering with the offline engine", ex.Message, ex.InnerException?.GetType().Name);
            var fallback = await offline.SummarizeAsync(article, outputLanguage, cancellationToken);
            return fallback with { FallbackReason = ex.Message, ModelMayAnswerLater = ex.IsTransient };
        }
    }

    private async Task<SummaryResult> CachedOrModelAsync(LlmSummarizer llm, string key, Article article, string outputLanguage, CancellationToken cancellationToken)
    {
        if (await cache.GetAsync(key, cancellationToken) is { } cached &&
            JsonSerializer.Deserialize<SummaryResult>(cached, Json) is { } hit)
        {
            return hit;
        }

        var result = await llm.SummarizeAsync(article, outputLanguage, cancellationToken);
        await cache.SetAsync(key, JsonSerializer.Serialize(result, Json), cancellationToken);
        return result;
    }
}
