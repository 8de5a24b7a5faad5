using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Core.Summaries;

namespace Gist.Summarization.Translation;

/// <summary>Without a model there is no translation: the user is told so, and how to configure one.</summary>
public sealed class OfflineTranslator : IArticleTranslator
{
    public const string Message =
        "A full translation needs a language model, and this bot runs without one. " +
        "Its operator can set Llm__Provider (azure-openai or openai), Llm__Endpoint, Llm__ApiKey and Llm__Model.";

    public Task<string> TranslateAsync(Article article, string outputLanguage, CancellationToken cancellationToken) =>
        throw new ModelUnavailableException(Message, isTransient: false);
}
