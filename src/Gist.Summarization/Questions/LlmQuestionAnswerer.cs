using System.Text.Json;
using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Core.Summaries;
using Gist.Summarization.Gate;
using Gist.Summarization.Llm;
using Gist.Summarization.Prompts;
using Gist.Summarization.Verification;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Gist.Summarization.Questions;

/// <summary>
/// Answers a question from the article only. The answer passes the <see cref="ModelTextGate"/> like a summary:
/// invalid JSON, an empty or over-long answer, the wrong language, or an echo of the prompt or of the delimiters
/// around the article get one repair, then the offline answerer replies, saying why. The quotes the model offers
/// are checked against the article like claim evidence (one that is not there is dropped); quoted words inside the
/// answer that are not the article's are caveated. When the model fails, the offline answerer replies.
/// </summary>
public sealed class LlmQuestionAnswerer(
    IChatClient chat,
    PromptLibrary prompts,
    ClaimVerifier verifier,
    ModelTextGate gate,
    OfflineQuestionAnswerer offline,
    IOptions<LlmOptions> options) : IArticleQuestionAnswerer
{
    /// <summary>The prompt asks for one to four sentences; far more is not an answer.</summary>
    public const int MaxAnswer = 1500;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly ChatResponseFormat Format = ChatResponseFormat.ForJsonSchema(
        AIJsonUtilities.CreateJsonSchema(typeof(AnswerDocument), serializerOptions: Json), "article_answer", "An answer grounded in one article.");

    public async Task<ArticleAnswer> AnswerAsync(Article article, string question, string outputLanguage, CancellationToken cancellationToken)
    {
        var text = ArticleBudget.Fit(article.Text, options.Value.MaxArticleCharacters);
        var delimiter = ArticleDelimiter.New(text + question);
        var language = LanguageNames.Of(outputLanguage);
        var system = prompts["answer.system"].Render(new Dictionary<string, string>
        {
            ["output_language"] = language,
            ["delimiter"] = delimiter,
        });
        var user = prompts["answer.user"].Render(new Dictionary<string, string>
        {
            ["delimiter"] = delimiter,
            ["article"] = text,
            ["question"] = question,
        });

        // The question is the user's own: an address they asked about may be named in the answer.
        var source = ModelTextSource.Of(article.Title, article.Text, article.Url, article.Source, question);
        List<ChatMessage> messages = [new(ChatRole.System, system), new(ChatRole.User, user)];
        (AnswerDocument? Document, string Raw, IReadOnlyList<GateProblem> Problems) answer;
        try
        {
            answer = await AskAsync(messages, source, outputLanguage, cancellationToken);
            if (answer.Problems.Count > 0)
            {
                messages.Add(new ChatMessage(ChatRole.Assistant, answer.Raw));
                messages.Add(new ChatMessage(ChatRole.User, prompts["repair-text.user"].Render(new Dictionary<string, string>
                {
                    ["problems"] = string.Join('\n', answer.Problems.Select(p => "- " + p.ForModel)),
                    ["output_language"] = language,
                })));
                answer = await AskAsync(messages, source, outputLanguage, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return await OfflineAsync(article, question, outputLanguage, $"The language model is unavailable: {ModelFailure.From(ex).Message}", cancellationToken);
        }

        if (answer.Problems.Count > 0 || answer.Document is null)
        {
            var reason = ModelTextGate.Reason("answer", answer.Problems);
            return await OfflineAsync(article, question, outputLanguage, char.ToUpperInvariant(reason[0]) + reason[1..], cancellationToken);
        }

        var normalized = NormalizedSource.Of(article.Text);
        var quotes = answer.Document.Quotes
            .Where(q => verifier.Check(q, normalized) == EvidenceVerdict.Found)
            .Take(3)
            .ToList();
        return gate.Pass(new ArticleAnswer(answer.Document.Answer.Trim(), answer.Document.Found, quotes, SummaryEngine.Llm), source);
    }

    private async Task<(AnswerDocument? Document, string Raw, IReadOnlyList<GateProblem> Problems)> AskAsync(
        List<ChatMessage> messages, ModelTextSource source, string outputLanguage, CancellationToken cancellationToken)
    {
        var response = await chat.GetResponseAsync(messages, new ChatOptions { ResponseFormat = Format, Temperature = 0.1f }, cancellationToken);
        var raw = response.Text ?? "";
        AnswerDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<AnswerDocument>(JsonText.Unfence(raw), Json);
        }
        catch (JsonException ex)
        {
            return (null, raw, [new GateProblem($"The answer is not valid JSON ({ex.Message}).", "was not in the expected form")]);
        }

        return document is null
            ? (null, raw, [new GateProblem("The answer is empty.", "was empty")])
            : (document, raw, gate.CheckProse(document.Answer, source, outputLanguage, MaxAnswer));
    }

    private async Task<ArticleAnswer> OfflineAsync(Article article, string question, string outputLanguage, string reason, CancellationToken cancellationToken)
    {
        var fallback = await offline.AnswerAsync(article, question, outputLanguage, cancellationToken);
        return fallback with { Answer = $"({reason}.) {fallback.Answer}", Quotes = fallback.Quotes.Select(ModelTextGate.CleanQuotation).ToList() };
    }
}
