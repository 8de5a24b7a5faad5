using System.Text.Json;
using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Core.Storage;
using Gist.Core.Summaries;
using Gist.Summarization.Gate;
using Gist.Summarization.Llm;
using Gist.Summarization.Offline;
using Microsoft.Extensions.Logging;

namespace Gist.Summarization;

/// <summary>
/// The summarizer the bot uses: a cached model result when the same article was summarized before (same text,
/// prompt version, model and language), else the model, else the offline extractive engine, clearly labelled.
/// Whichever answered, the result leaves through the <see cref="ModelTextGate"/> (a cached one too: it may predate a
/// rule of the gate).
/// <paramref name="llm"/> is optional by design: it is registered only when a model is configured (Llm:Provider is
/// not <c>offline</c>); without it every summary is the offline engine's.
/// The same new article requested at once costs one model call: within a process through <see cref="SingleFlight{T}"/>,
/// across the instances sharing one database through <see cref="IResultLock"/>.
/// </summary>
public sealed class SummarizationPipeline(
    OfflineSummarizer offline,
    IResultCache cache,
    IResultLock resultLock,
    ModelTextGate gate,
    ILogger<SummarizationPipeline> logger,
    LlmSummarizer? llm = null) : ISummarizer
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SingleFlight<SummaryResult> flights = new();
    private readonly SharedResultCache results = new(cache, resultLock, logger);

    public async Task<SummaryResult> SummarizeAsync(Article article, string outputLanguage, CancellationToken cancellationToken) =>
        gate.Pass(await UngatedAsync(article, outputLanguage, cancellationToken), ModelTextSource.Of(article));

    private async Task<SummaryResult> UngatedAsync(Article article, string outputLanguage, CancellationToken cancellationToken)
    {
        if (llm is null)
        {
            return await offline.SummarizeAsync(article, outputLanguage, cancellationToken);
        }

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

    // Another instance may be summarizing the same article: the holder of the key's lock calls the model, the others
    // wait (a few model calls' time at most) and then find its result in the shared cache.
    private Task<SummaryResult> CachedOrModelAsync(LlmSummarizer llm, string key, Article article, string outputLanguage, CancellationToken cancellationToken) =>
        results.GetOrComputeAsync(
            key,
            llm.RequestTimeout * 3,
            cached => JsonSerializer.Deserialize<SummaryResult>(cached, Json),
            async token =>
            {
                var result = await llm.SummarizeAsync(article, outputLanguage, token);
                return new ComputedResult<SummaryResult>(result, JsonSerializer.Serialize(result, Json));
            },
            cancellationToken);
}
