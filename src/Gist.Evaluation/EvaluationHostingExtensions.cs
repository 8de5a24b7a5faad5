using Gist.Evaluation.Judging;
using Gist.Evaluation.Running;
using Gist.Evaluation.Scoring;
using Gist.Evaluation.Sets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Gist.Evaluation;

public static class EvaluationHostingExtensions
{
    /// <summary>
    /// <c>gist eval</c>'s services: the set loader, scorer, runner and (with Evaluation:JudgeModel) the judge. Needs the
    /// summarization services (prompts, checks, verifier), the paste cleaner, a document reader and an
    /// <see cref="IModelClientFactory"/> from the host.
    /// </summary>
    public static IHostApplicationBuilder AddGistEvaluation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EvaluationOptions>()
            .Bind(builder.Configuration.GetSection(EvaluationOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<EvaluationSetLoader>();
        builder.Services.AddSingleton<ArticleScorer>();
        builder.Services.AddSingleton<GroundednessEvaluator>();
        // The judge exists only when configured: the runner then measures groundedness, else leaves it empty.
        if (builder.Configuration[$"{EvaluationOptions.SectionName}:{nameof(EvaluationOptions.JudgeModel)}"] is { Length: > 0 } judge)
        {
            builder.Services.AddSingleton(sp => new GroundednessJudge(
                sp.GetRequiredService<IModelClientFactory>(), sp.GetRequiredService<GroundednessEvaluator>(), judge, sp.GetRequiredService<TimeProvider>()));
        }

        builder.Services.AddSingleton<EvaluationRunner>();
        return builder;
    }
}
