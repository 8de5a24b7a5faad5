using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Input;

namespace Gist.Telegram.Articles;

/// <summary>
/// Text a person pasted or forwarded → a clean article: the "read also" tail, tag and share lines are cut
/// before anything reaches the model, and date and source lines become metadata.
/// </summary>
public sealed class PastedArticleFactory(PastedTextCleaner cleaner, ILanguageDetector languages)
{
    public Article? Create(string raw, ArticleOrigin origin)
    {
        var cleaned = cleaner.Clean(raw);
        if (string.IsNullOrWhiteSpace(cleaned.Text))
        {
            return null;
        }

        return new Article
        {
            Text = cleaned.Text,
            Title = cleaned.Title,
            Source = cleaned.Source,
            Url = cleaned.SourceUrl,
            Published = cleaned.Published,
            Language = languages.Detect(cleaned.Text),
            Origin = origin,
        };
    }
}
