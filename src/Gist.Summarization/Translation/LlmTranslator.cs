using System.Text;
using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Core.Storage;
using Gist.Core.Summaries;
using Gist.Summarization.Gate;
using Gist.Core.Text;
using Gist.Summarization.Llm;
using Gist.Summarization.Prompts;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gist.Summarization.Translation;

/// <summary>
/// The whole article translated by the model, chunk by chunk at paragraph boundaries so a long article never
/// exceeds one request's output. Every chunk passes the <see cref="ModelTextGate"/>: a translation in the wrong
/// language, of implausible length or echoing the prompt gets one repair; a chunk still failing is replaced by a
/// plain note saying why, and when no chunk passes the user is told why instead. Only a wholly good translation is
/// cached (by article, language, model and prompt version); the gate cleans cached text too.
/// </summary>
public sealed class LlmTranslator(IChatClient chat, PromptLibrary prompts, IResultCache cache, IResultLock resultLock, ModelTextGate gate, IOptions<LlmOptions> options, ILogger<LlmTranslator> logger) : IArticleTranslator
{
    private readonly SharedResultCache results = new(cache, resultLock, logger);

    /// <summary>Characters of source text per request: the translation must fit in the model's output.</summary>
    public const int ChunkCharacters = 6000;

    public async Task<string> TranslateAsync(Article article, string outputLanguage, CancellationToken cancellationToken)
    {
        var template = prompts["translate.system"];
        var source = ModelTextSource.Of(article);
        var key = $"translation:{ContentHash.Of(article.Text)}:{template.Version}:{options.Value.Model}:{outputLanguage}";

        // Another instance (or request) may be translating the same article: the holder of the key's lock calls the
        // model, the others wait for it and read its translation from the shared cache. Bounded, as the summary's is.
        return await results.GetOrComputeAsync(
            key,
            TimeSpan.FromSeconds(options.Value.RequestTimeoutSeconds * 3),
            cached => gate.Clean(cached, source),
            token => TranslateChunksAsync(article, outputLanguage, source, token),
            cancellationToken);
    }

    /// <summary>Every chunk translated; cached only when no chunk failed the gate.</summary>
    private async Task<ComputedResult<string>> TranslateChunksAsync(Article article, string outputLanguage, ModelTextSource source, CancellationToken cancellationToken)
    {
        var chunks = TextChunks.Split(article.Text, ChunkCharacters).ToList();
        var result = new StringBuilder();
        var failures = new List<IReadOnlyList<GateProblem>>();
        for (var i = 0; i < chunks.Count; i++)
        {
            var (text, problems) = await TranslateChunkAsync(chunks[i], outputLanguage, cancellationToken);
            if (problems.Count == 0)
            {
                result.Append(gate.Clean(text, source)).Append("\n\n");
                continue;
            }

            failures.Add(problems);
            result.Append(chunks.Count == 1 ? "" : $"[Part {i + 1} of {chunks.Count} is missing: {ModelTextGate.Reason("translation of it", problems)}.]\n\n");
        }

        if (failures.Count == chunks.Count)
        {
            // Nothing worth showing: say why, in the user's terms (never the model's words).
            throw new ModelUnavailableException(
                $"I could not translate this article: {ModelTextGate.Reason("translation", failures.SelectMany(f => f))}. The summary is not affected.",
                isTransient: false);
        }

        var translation = result.ToString().Trim();
        return new ComputedResult<string>(translation, failures.Count == 0 ? translation : null);
    }

    /// <summary>One chunk: the model's translation, then one repair when the gate finds problems; the problems left.</summary>
    private async Task<(string Text, IReadOnlyList<GateProblem> Problems)> TranslateChunkAsync(string chunk, string outputLanguage, CancellationToken cancellationToken)
    {
        var delimiter = ArticleDelimiter.New(chunk);
        var language = LanguageNames.Of(outputLanguage);
        List<ChatMessage> messages =
        [
            new(ChatRole.System, prompts["translate.system"].Render(new Dictionary<string, string>
            {
                ["output_language"] = language,
                ["delimiter"] = delimiter,
            })),
            new(ChatRole.User, $"{delimiter} ARTICLE START\n{chunk}\n{delimiter} ARTICLE END"),
        ];

        var text = await AskAsync(messages, cancellationToken);
        var problems = gate.CheckTranslation(text, chunk, outputLanguage);
        if (problems.Count == 0)
        {
            return (text, problems);
        }

        messages.Add(new ChatMessage(ChatRole.Assistant, text));
        messages.Add(new ChatMessage(ChatRole.User, prompts["repair-text.user"].Render(new Dictionary<string, string>
        {
            ["problems"] = string.Join('\n', problems.Select(p => "- " + p.ForModel)),
            ["output_language"] = language,
        })));
        text = await AskAsync(messages, cancellationToken);
        return (text, gate.CheckTranslation(text, chunk, outputLanguage));
    }

    private async Task<string> AskAsync(List<ChatMessage> messages, CancellationToken cancellationToken)
    {
        try
        {
            var response = await chat.GetResponseAsync(messages, new ChatOptions { Temperature = 0.1f }, cancellationToken);
            return (response.Text ?? "").Trim();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw ModelFailure.From(ex);
        }
    }
}
