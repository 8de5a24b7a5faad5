using System.Globalization;
using System.Text.Json;
using Gist.Benchmarks.Overhead;
using Gist.Benchmarks.Support;
using Gist.Core.Articles;
using Gist.Extraction.Language;
using Gist.Input;
using Gist.Summarization.Llm;
using Gist.Summarization.Prompts;
using Gist.Summarization.Verification;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Gist.Benchmarks.Tokens;

/// <summary>
/// Prompt tokens per request against the tokens of the cleaned article, for each sample, counted with
/// Microsoft.ML.Tokenizers for the configured model family; then a long article split and merged, with its total.
/// The requests are the ones LlmSummarizer really builds (captured by an instant in-process model).
/// </summary>
public static class TokenRun
{
    public const double Ratio = 1.05;
    public const int FixedOverhead = 700;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(string model, int maxArticleCharacters, int maxChunks)
    {
        var tokens = PromptTokens.ForModel(model);
        var prompts = PromptLibrary.Load(RepoPaths.Prompts);
        var detector = new LinguaLanguageDetector();
        var cleaner = new PastedTextCleaner();
        Console.WriteLine($"tokenizer: {model} (Microsoft.ML.Tokenizers, tiktoken); Llm__MaxArticleCharacters {maxArticleCharacters}, Llm__MaxArticleChunks {maxChunks}");
        Console.WriteLine("sample                        raw  cleaned  prompt  overhead  prompt/(1.05*article+700)");
        var allMet = true;
        foreach (var path in RepoPaths.AllSamples())
        {
            var raw = File.ReadAllText(path);
            var cleaned = cleaner.Clean(raw);
            var article = new Article { Text = cleaned.Text, Title = cleaned.Title, Source = cleaned.Source, Published = cleaned.Published, Language = detector.Detect(cleaned.Text), Origin = ArticleOrigin.Pasted };
            var (client, summarizer) = Summarizer(prompts, detector, model, maxArticleCharacters, maxChunks, article.Text);
            summarizer.SummarizeAsync(article, "en", CancellationToken.None).GetAwaiter().GetResult();
            var request = client.Requests.Single();
            var articleTokens = tokens.Count(article.Text);
            var promptTokens = tokens.Count(request.Messages, request.Options);
            var budget = Ratio * articleTokens + FixedOverhead;
            allMet &= promptTokens <= budget;
            Console.WriteLine(string.Create(Inv,
                $"{Path.GetFileName(path),-26} {tokens.Count(raw),6} {articleTokens,8} {promptTokens,7} {promptTokens - articleTokens,9}  {promptTokens / budget,6:F2} {(promptTokens <= budget ? "ok" : "OVER")}"));
        }

        allMet &= LongArticle(tokens, prompts, detector, model, maxArticleCharacters, maxChunks);
        Console.WriteLine("a repeated article: measured on the real bot by the throughput verb (cache by content hash: 0 model calls)");
        Console.WriteLine($"target prompt <= {Ratio} x article + {FixedOverhead}: {(allMet ? "MET" : "MISSED")}");
        return allMet ? 0 : 1;
    }

    private static bool LongArticle(PromptTokens tokens, PromptLibrary prompts, LinguaLanguageDetector detector, string model, int maxArticleCharacters, int maxChunks)
    {
        var cleaner = new PastedTextCleaner();
        var body = string.Join("\n\n", RepoPaths.AllSamples().Select(p => cleaner.Clean(File.ReadAllText(p)).Text));
        foreach (var copies in new[] { 4, 20 })
        {
            var text = string.Join("\n\n", Enumerable.Repeat(body, copies));
            var article = new Article { Text = text, Title = "Long report", Language = "ar", Origin = ArticleOrigin.Pasted };
            var (client, summarizer) = Summarizer(prompts, detector, model, maxArticleCharacters, maxChunks, body);
            var result = summarizer.SummarizeAsync(article, "en", CancellationToken.None).GetAwaiter().GetResult();
            var perCall = client.Requests.Select(r => tokens.Count(r.Messages, r.Options)).ToList();
            var articleTokens = tokens.Count(text);
            var readTokens = tokens.Count(ArticleBudget.Fit(text, maxArticleCharacters * maxChunks));
            var bound = Ratio * readTokens + FixedOverhead * client.Requests.Count;
            Console.WriteLine(string.Create(Inv,
                $"long article {text.Length:N0} chars = {articleTokens:N0} tokens: {client.Calls} calls ({client.Calls - 1} chunks + 1 merge), prompt tokens {string.Join(" + ", perCall)} = {perCall.Sum():N0}; read {readTokens:N0} tokens of it; bound 1.05 x read + 700 per call = {bound:N0}: {(perCall.Sum() <= bound ? "ok" : "OVER")}; {result.Claims.Count} claims"));
            if (perCall.Sum() > bound)
            {
                return false;
            }
        }

        return true;
    }

    private static (InstantChatClient Client, LlmSummarizer Summarizer) Summarizer(
        PromptLibrary prompts, LinguaLanguageDetector detector, string model, int maxArticleCharacters, int maxChunks, string answerFrom)
    {
        var summary = FixedModelAnswer.For(answerFrom);
        var merge = JsonSerializer.Serialize(new { headline = "One headline for the whole long article", summary = "The merged summary of every part of the article, in English, written once for the reader of the bot." });
        var client = new InstantChatClient((_, options) =>
            options?.ResponseFormat is ChatResponseFormatJson { SchemaName: SummaryMerger.SchemaName } ? merge : summary);
        var options = Options.Create(new LlmOptions
        {
            Provider = LlmProviders.OpenAi, Model = model, MaxArticleCharacters = maxArticleCharacters, MaxArticleChunks = maxChunks,
        });
        return (client, new LlmSummarizer(client, prompts, new OutputChecks(detector), new ClaimVerifier(), options));
    }
}
