using System.Text.Json;
using Gist.Summarization.Llm;
using Gist.Summarization.Prompts;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace Gist.Evaluation.Judging;

/// <summary>
/// A Microsoft.Extensions.AI.Evaluation <see cref="IEvaluator"/>: the judge model (the <see cref="ChatConfiguration"/>)
/// grades from 1 to 5 how well a headline and summary are supported by the article
/// (<see cref="ArticleGroundingContext"/>), with prompts/judge-groundedness.*.md. An answer that is not the asked
/// JSON gives no value and says so in the metric's reason: no made-up score.
/// </summary>
public sealed class GroundednessEvaluator(PromptLibrary prompts) : IEvaluator
{
    public const string MetricName = "Groundedness";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public IReadOnlyCollection<string> EvaluationMetricNames => [MetricName];

    public async ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(modelResponse);
        var metric = new NumericMetric(MetricName);
        var article = additionalContext?.OfType<ArticleGroundingContext>().FirstOrDefault()?.Article;
        if (chatConfiguration is null || article is null)
        {
            metric.Reason = "No judge model or no article was given.";
            return new EvaluationResult(metric);
        }

        var answer = modelResponse.Text ?? "";
        var delimiter = ArticleDelimiter.New(article + answer);
        List<ChatMessage> request =
        [
            new(ChatRole.System, prompts["judge-groundedness.system"].Text),
            new(ChatRole.User, prompts["judge-groundedness.user"].Render(new Dictionary<string, string>
            {
                ["delimiter"] = delimiter, ["article"] = article, ["answer"] = answer,
            })),
        ];
        var response = await chatConfiguration.ChatClient.GetResponseAsync(
            request, new ChatOptions { Temperature = 0, ResponseFormat = ChatResponseFormat.Json }, cancellationToken);
        try
        {
            var grade = JsonSerializer.Deserialize<Grade>(JsonText.Unfence(response.Text ?? ""), Json);
            if (grade is { Score: >= 1 and <= 5 })
            {
                metric.Value = grade.Score;
                metric.Reason = grade.Reason;
                return new EvaluationResult(metric);
            }
        }
        catch (JsonException)
        {
            // Falls through: reported as an unusable answer.
        }

        metric.Reason = "The judge's answer was not a score from 1 to 5.";
        return new EvaluationResult(metric);
    }

    private sealed record Grade(double Score, string? Reason);
}
