using Gist.Core.Summaries;
using Gist.Evaluation.Caching;
using Gist.Evaluation.Measures;
using Gist.Evaluation.Reports;
using Gist.Evaluation.Scoring;
using Gist.Evaluation.Sets;
using Gist.Summarization.Llm;
using Gist.Summarization.Prompts;
using Gist.Summarization.Verification;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gist.Evaluation.Running;

/// <summary>
/// Runs each model over the set through the production summarizer (<see cref="LlmSummarizer"/>: same prompts,
/// schema, output checks, repair and evidence check), one article at a time, every answer through the response
/// cache, and scores what came back.
/// </summary>
public sealed class EvaluationRunner(
    EvaluationSetLoader loader,
    ArticleScorer scorer,
    PromptLibrary prompts,
    OutputChecks checks,
    ClaimVerifier verifier,
    IModelClientFactory clients,
    IOptions<LlmOptions> llm,
    IOptions<EvaluationOptions> options,
    TimeProvider time,
    ILogger<EvaluationRunner> logger,
    GroundednessJudge? judge = null)
{
    /// <exception cref="EvaluationSetException">The set cannot be used.</exception>
    public async Task<EvaluationReport> RunAsync(EvaluationRun run, CancellationToken cancellationToken)
    {
        var set = await loader.LoadAsync(run.SetFolder, cancellationToken);
        var cache = new ResponseCache(options.Value.CachePath);
        var models = new List<ModelRun>();
        foreach (var model in run.Models)
        {
            models.Add(await RunModelAsync(set, model, run.OutputLanguage, cache, cancellationToken));
        }

        return new EvaluationReport(
            EvaluationReport.CurrentFormat,
            time.GetUtcNow(),
            set.Name,
            run.OutputLanguage,
            prompts.SummaryVersion,
            judge?.Model,
            MeasureCatalog.All.ToDictionary(m => m.Id, m => m.Definition),
            models);
    }

    private async Task<ModelRun> RunModelAsync(EvaluationSet set, string model, string language, ResponseCache cache, CancellationToken cancellationToken)
    {
        var log = new ModelCallLog();
        using var client = new ResponseCacheChatClient(clients.Create(model), model, cache, log, time);
        var settings = Settings(llm.Value, model);
        var summarizer = new LlmSummarizer(client, prompts, checks, verifier, Options.Create(settings));
        options.Value.Prices.TryGetValue(model, out var price);
        var scores = new List<ArticleScore>();
        foreach (var item in set.Articles)
        {
            log.Clear();
            SummaryResult? result = null;
            string? failure = null;
            try
            {
                result = await summarizer.SummarizeAsync(item.Article, language, cancellationToken);
            }
            catch (ModelUnavailableException ex)
            {
                failure = ex.Message;
            }

            var score = scorer.Score(item, language, settings.MaxClaims, log.Calls, result, failure, price);
            if (judge is not null && score.Headline.Length + score.Summary.Length > 0)
            {
                score = await judge.JudgeAsync(item, score, cache, cancellationToken);
            }

            logger.LogInformation("{Model} {Article}: {Outcome}, {Verified}/{Returned} claims verified", model, item.Id, score.Outcome, score.VerifiedClaims, score.ReturnedClaims);
            scores.Add(score);
        }

        var totals = MeasureCatalog.All.ToDictionary(m => m.Id, m => m.Compute(scores));
        return new ModelRun(model, totals, scores);
    }

    /// <summary>The configured limits with the model under test.</summary>
    private static LlmOptions Settings(LlmOptions configured, string model) => new()
    {
        Provider = configured.Provider,
        Endpoint = configured.Endpoint,
        Model = model,
        MaxClaims = configured.MaxClaims,
        MaxArticleCharacters = configured.MaxArticleCharacters,
        MaxArticleChunks = configured.MaxArticleChunks,
        MaxConcurrency = configured.MaxConcurrency,
        RequestTimeoutSeconds = configured.RequestTimeoutSeconds,
        PromptsPath = configured.PromptsPath,
    };
}
