using Microsoft.Extensions.AI.Evaluation;

namespace Gist.Evaluation.Judging;

/// <summary>The article a summary must be grounded in, handed to <see cref="GroundednessEvaluator"/>.</summary>
public sealed class ArticleGroundingContext(string article) : EvaluationContext(ContextName, article)
{
    public const string ContextName = "Article";

    public string Article { get; } = article;
}
