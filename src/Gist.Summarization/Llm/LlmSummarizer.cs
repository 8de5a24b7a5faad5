using System.Text.Json;
using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Core.Summaries;
using Gist.Core.Text;
using Gist.Summarization.Prompts;
using Gist.Summarization.Verification;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Gist.Summarization.Llm;

/// <summary>
/// The model's summary: the article goes in its own message between unguessable delimiters, the answer must
/// match the JSON schema and pass the output checks (else one repair attempt), and every claim's evidence is
/// checked against the article: claims whose quoted words are not in it are dropped and counted.
/// The model is given no tools.
/// </summary>
public sealed class LlmSummarizer(
    IChatClient chat,
    PromptLibrary prompts,
    OutputChecks checks,
    ClaimVerifier verifier,
    IOptions<LlmOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly ChatResponseFormat Format = ChatResponseFormat.ForJsonSchema(
        AIJsonUtilities.CreateJsonSchema(typeof(SummaryDocument), serializerOptions: Json),
        "article_summary",
        "Summary and attributed claims of a news article.");

    public string PromptVersion => prompts.SummaryVersion;

    public string Model => options.Value.Model ?? "";

    /// <summary>How long one model request may take (Llm:RequestTimeoutSeconds).</summary>
    public TimeSpan RequestTimeout => TimeSpan.FromSeconds(options.Value.RequestTimeoutSeconds);

    /// <exception cref="ModelUnavailableException">The model failed, or its answer stayed invalid after the repair.</exception>
    public Task<SummaryResult> SummarizeAsync(Article article, string outputLanguage, CancellationToken cancellationToken) =>
        article.Text.Length <= options.Value.MaxArticleCharacters
            ? SummarizePartAsync(article, article.Text, 1, 1, outputLanguage, cancellationToken)
            : new LongArticleSummarizer(new SummaryMerger(chat, prompts, checks))
                .SummarizeAsync(article, outputLanguage, options.Value, SummarizePartAsync, cancellationToken);

    /// <summary>One request: <paramref name="text"/> is the whole article or one chunk of a long one; evidence is checked against the whole.</summary>
    private async Task<SummaryResult> SummarizePartAsync(Article article, string text, int part, int parts, string outputLanguage, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var delimiter = ArticleDelimiter.New(text);
        var language = LanguageNames.Of(outputLanguage);
        var system = prompts["summarize.system"].Render(new Dictionary<string, string>
        {
            ["output_language"] = language,
            ["delimiter"] = delimiter,
            ["max_claims"] = settings.MaxClaims.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var user = prompts["summarize.user"].Render(new Dictionary<string, string>
        {
            ["title"] = parts == 1 ? article.Title ?? "" : $"{article.Title} (part {part} of {parts})".TrimStart(),
            ["source"] = article.Source ?? "",
            ["published"] = article.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["delimiter"] = delimiter,
            ["article"] = text,
        });

        List<ChatMessage> messages = [new(ChatRole.System, system), new(ChatRole.User, user)];
        var chatOptions = new ChatOptions { ResponseFormat = Format, Temperature = 0.2f, Tools = null };

        var (document, problems) = await AskAsync(messages, chatOptions, article.Text, outputLanguage, cancellationToken);
        if (problems.Count > 0)
        {
            // One repair attempt: the model sees its answer and what was wrong with it.
            messages.Add(new ChatMessage(ChatRole.Assistant, document.Raw));
            messages.Add(new ChatMessage(ChatRole.User, prompts["repair.user"].Render(new Dictionary<string, string>
            {
                ["problems"] = string.Join('\n', problems.Select(p => "- " + p)),
                ["output_language"] = language,
            })));
            (document, problems) = await AskAsync(messages, chatOptions, article.Text, outputLanguage, cancellationToken);
            if (problems.Count > 0)
            {
                // The problems quote the model's output (an obeyed injection's link, say): they stay out of the
                // message, which the user sees as the fallback reason.
                throw new ModelUnavailableException($"The model's answer failed {problems.Count} output checks again after a repair attempt.", isTransient: false);
            }
        }

        var parsed = document.Parsed!;
        var claims = parsed.Claims
            .Take(settings.MaxClaims)
            .Select(c => new Claim(c.Text.Trim(), string.IsNullOrWhiteSpace(c.Speaker) ? "the outlet" : c.Speaker.Trim(), ClaimKindNormalizer.Normalize(c.Kind), c.Evidence.Trim()))
            .ToList();
        var verification = verifier.Verify(claims, NormalizedSource.Of(article));

        return new SummaryResult
        {
            Headline = parsed.Headline.Trim(),
            Summary = parsed.Summary.Trim(),
            Claims = verification.Kept,
            DroppedClaims = verification.DroppedCount + Math.Max(0, parsed.Claims.Count - settings.MaxClaims),
            SourceLanguage = NonEmpty(parsed.SourceLanguage) ?? article.Language ?? "und",
            OutputLanguage = outputLanguage,
            Engine = SummaryEngine.Llm,
            Model = Model,
            PromptVersion = PromptVersion,
        };
    }

    private async Task<(ModelAnswer Answer, IReadOnlyList<string> Problems)> AskAsync(
        List<ChatMessage> messages, ChatOptions chatOptions, string source, string outputLanguage, CancellationToken cancellationToken)
    {
        ChatResponse response;
        try
        {
            response = await chat.GetResponseAsync(messages, chatOptions, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw ModelFailure.From(ex);
        }

        var raw = response.Text ?? "";
        SummaryDocument? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<SummaryDocument>(JsonText.Unfence(raw), Json);
        }
        catch (JsonException ex)
        {
            return (new ModelAnswer(raw, null), [$"The answer is not valid JSON ({ex.Message})."]);
        }

        if (parsed is null)
        {
            return (new ModelAnswer(raw, null), ["The answer is empty."]);
        }

        return (new ModelAnswer(raw, parsed), checks.Find(parsed, source, outputLanguage));
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();

    private sealed record ModelAnswer(string Raw, SummaryDocument? Parsed);
}
