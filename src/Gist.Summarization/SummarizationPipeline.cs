using System.Text.Json;
using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Core.Storage;
using Gist.Core.Summaries;
using Gist.Summarization.Llm;
using Gist.Summarization.Offline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gist.Summarization;

/// <summary>
/// The summarizer the bot uses: a cached model result when the same article was summarized before (same text,
/// prompt version, model and language), else the model, else the offline extractive engine, clearly labelled.
/// </summary>
public sealed class SummarizationPipeline(
    IServiceProvider services,
    OfflineSummarizer offline,
    IResultCache cache,
    IOptions<LlmOptions> options,
    ILogger<SummarizationPipeline> logger) : ISummarizer
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<SummaryResult> SummarizeAsync(Article article, string outputLanguage, CancellationToken cancellationToken)
    {
        if (!options.Value.UsesModel)
        {
            return await offline.SummarizeAsync(article, outputLanguage, cancellationToken);
        }

        var llm = services.GetRequiredService<LlmSummarizer>();
        var key = $"summary:{ContentHash.Of(article.Text)}:{llm.PromptVersion}:{llm.Model}:{outputLanguage}";
        if (await cache.GetAsync(key, cancellationToken) is { } cached &&
            JsonSerializer.Deserialize<SummaryResult>(cached, Json) is { } hit)
        {
            return hit;
        }

        try
        {
            var result = await llm.SummarizeAsync(article, outputLanguage, cancellationToken);
            await cache.SetAsync(key, JsonSerializer.Serialize(result, Json), cancellationToken);
            return result;
        }
        catch (ModelUnavailableException ex)
        {
            logger.LogError(ex, "The model failed; answering with the offline engine");
            var fallback = await offline.SummarizeAsync(article, outputLanguage, cancellationToken);
            return fallback with { FallbackReason = ex.Message, ModelMayAnswerLater = ex.IsTransient };
        }
    }
}
