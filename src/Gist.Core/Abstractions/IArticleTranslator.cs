using Gist.Core.Articles;

namespace Gist.Core.Abstractions;

/// <summary>The whole article in another language, for the "Full translation" button.</summary>
public interface IArticleTranslator
{
    /// <exception cref="Summaries.ModelUnavailableException">No model is configured or it failed after its retries.</exception>
    Task<string> TranslateAsync(Article article, string outputLanguage, CancellationToken cancellationToken);
}
