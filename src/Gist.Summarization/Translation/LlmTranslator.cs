using System.Text;
using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Core.Storage;
using Gist.Core.Text;
using Gist.Summarization.Llm;
using Gist.Summarization.Prompts;
using Microsoft.Extensions.AI;

namespace Gist.Summarization.Translation;

/// <summary>
/// The whole article translated by the model, chunk by chunk at paragraph boundaries so a long article never
/// exceeds one request's output; cached by article, language, model and prompt version.
/// </summary>
public sealed class LlmTranslator(IChatClient chat, PromptLibrary prompts, IResultCache cache, Microsoft.Extensions.Options.IOptions<LlmOptions> options) : IArticleTranslator
{
    /// <summary>Characters of source text per request: the translation must fit in the model's output.</summary>
    public const int ChunkCharacters = 6000;

    public async Task<string> TranslateAsync(Article article, string outputLanguage, CancellationToken cancellationToken)
    {
        var template = prompts["translate.system"];
        var key = $"translation:{ContentHash.Of(article.Text)}:{template.Version}:{options.Value.Model}:{outputLanguage}";
        if (await cache.GetAsync(key, cancellationToken) is { } cached)
        {
            return cached;
        }

        var result = new StringBuilder();
        foreach (var chunk in TextChunks.Split(article.Text, ChunkCharacters))
        {
            var delimiter = ArticleDelimiter.New(chunk);
            var system = template.Render(new Dictionary<string, string>
            {
                ["output_language"] = LanguageNames.Of(outputLanguage),
                ["delimiter"] = delimiter,
            });
            var user = $"{delimiter} ARTICLE START\n{chunk}\n{delimiter} ARTICLE END";
            ChatResponse response;
            try
            {
                response = await chat.GetResponseAsync([new(ChatRole.System, system), new(ChatRole.User, user)],
                    new ChatOptions { Temperature = 0.1f }, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                throw ModelFailure.From(ex);
            }

            result.Append(response.Text.Trim()).Append("\n\n");
        }

        var translation = result.ToString().Trim();
        await cache.SetAsync(key, translation, cancellationToken);
        return translation;
    }
}
