using System.Text.Json;
using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Core.Summaries;
using Gist.Core.Text;
using Gist.Summarization.Llm;
using Gist.Summarization.Prompts;
using Gist.Summarization.Verification;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Gist.Summarization.Questions;

/// <summary>
/// Answers a question from the article only. The quotes the model offers are checked against the article like
/// claim evidence; one that is not there is dropped. When the model fails, the offline answerer replies.
/// </summary>
public sealed class LlmQuestionAnswerer(
    IChatClient chat,
    PromptLibrary prompts,
    ClaimVerifier verifier,
    OfflineQuestionAnswerer offline,
    IOptions<LlmOptions> options) : IArticleQuestionAnswerer
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly ChatResponseFormat Format = ChatResponseFormat.ForJsonSchema(
        AIJsonUtilities.CreateJsonSchema(typeof(AnswerDocument), serializerOptions: Json), "article_answer", "An answer grounded in one article.");

    public async Task<ArticleAnswer> AnswerAsync(Article article, string question, string outputLanguage, CancellationToken cancellationToken)
    {
        var text = ArticleBudget.Fit(article.Text, options.Value.MaxArticleCharacters);
        var delimiter = ArticleDelimiter.New(text + question);
        var system = prompts["answer.system"].Render(new Dictionary<string, string>
        {
            ["output_language"] = LanguageNames.Of(outputLanguage),
            ["delimiter"] = delimiter,
        });
        var user = prompts["answer.user"].Render(new Dictionary<string, string>
        {
            ["delimiter"] = delimiter,
            ["article"] = text,
            ["question"] = question,
        });

        AnswerDocument? document;
        try
        {
            var response = await chat.GetResponseAsync([new(ChatRole.System, system), new(ChatRole.User, user)],
                new ChatOptions { ResponseFormat = Format, Temperature = 0.1f }, cancellationToken);
            document = JsonSerializer.Deserialize<AnswerDocument>(JsonText.Unfence(response.Text), Json);
        }
        catch (Exception ex) when (ex is JsonException || ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var fallback = await offline.AnswerAsync(article, question, outputLanguage, cancellationToken);
            return fallback with { Answer = $"(The language model is unavailable: {ModelFailure.From(ex).Message}) {fallback.Answer}" };
        }

        if (document is null || string.IsNullOrWhiteSpace(document.Answer))
        {
            return await offline.AnswerAsync(article, question, outputLanguage, cancellationToken);
        }

        var quotes = document.Quotes
            .Where(q => verifier.Verify([new Claim("quote", "article", "statement", q)], article.Text).Kept.Count == 1)
            .Take(3)
            .ToList();
        return new ArticleAnswer(document.Answer.Trim(), document.Found, quotes, SummaryEngine.Llm);
    }
}
