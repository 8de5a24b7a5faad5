using Gist.Core.Abstractions;
using Gist.Core.Articles;

namespace Gist.Input;

/// <summary>
/// Text a person pasted or forwarded → a clean article: the "read also" tail, tag and share lines are cut
/// before anything reaches the model, and date and source lines become metadata.
/// </summary>
public sealed class PastedArticleFactory(PastedTextCleaner cleaner, ILanguageDetector languages)
{
    /// <summary>The article, or null when nothing of the text is left after cleaning.</summary>
    public Article? Create(string raw, ArticleOrigin origin)
    {
        var cleaned = cleaner.Clean(raw);
        return cleaned.IsEmpty || string.IsNullOrWhiteSpace(cleaned.Text)
            ? null
            : cleaned.ToArticle(origin, languages.Detect(cleaned.Text));
    }
}
