using Gist.Evaluation.Caching;
using Gist.Evaluation.Judging;
using Gist.Evaluation.Scoring;
using Gist.Evaluation.Sets;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace Gist.Evaluation.Running;

/// <summary>Asks the configured judge model (Evaluation:JudgeModel) for each answer's groundedness, through the response cache.</summary>
public sealed class GroundednessJudge(IModelClientFactory clients, GroundednessEvaluator evaluator, string model, TimeProvider time)
{
    public string Model { get; } = model;

    public async Task<ArticleScore> JudgeAsync(LabelledArticle item, ArticleScore score, ResponseCache cache, CancellationToken cancellationToken)
    {
        using var client = new ResponseCacheChatClient(clients.Create(Model), Model, cache, new ModelCallLog(), time);
        var answer = new ChatResponse(new ChatMessage(ChatRole.Assistant, score.Headline + "\n\n" + score.Summary));
        var result = await evaluator.EvaluateAsync(
            [], answer, new ChatConfiguration(client), [new ArticleGroundingContext(item.Article.Text)], cancellationToken);
        var metric = result.Get<NumericMetric>(GroundednessEvaluator.MetricName);
        return score with { Groundedness = metric.Value, GroundednessReason = metric.Reason };
    }
}
