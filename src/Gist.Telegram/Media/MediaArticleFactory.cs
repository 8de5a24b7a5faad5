using Gist.Core.Articles;
using Gist.Input;
using Gist.Telegram.Articles;
using Gist.Telegram.Processing;

namespace Gist.Telegram.Media;

/// <summary>
/// Text the bot read from a picture or a recording → the article: the message's caption first (it often names the
/// outlet or the speaker), then the text read, cleaned like a paste; a forwarded post keeps its origin as the source.
/// </summary>
public sealed class MediaArticleFactory(PastedArticleFactory factory)
{
    /// <summary>Fewer letters than this in what was read is not text worth summarizing (a logo, a watermark).</summary>
    public const int MinimumLetters = 20;

    public static string Caption(UpdateContext context) => context.Message?.Caption is not null ? Addressing.TextWithoutMention(context).Trim() : "";

    public static bool HasText(string text) => text.Count(char.IsLetter) >= MinimumLetters;

    /// <returns>The article, or null when neither the caption nor the text read holds anything to summarize.</returns>
    public Article? Create(UpdateContext context, string textRead, ArticleOrigin origin, string readingNote)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caption = Caption(context);
        var combined = string.Join('\n', new[] { caption, textRead.Trim() }.Where(t => t.Length > 0));
        if (!HasText(combined) || factory.Create(combined, origin) is not { } article)
        {
            return null;
        }

        article = article with { Origin = origin, ReadingNote = readingNote };
        if (context.Message?.ForwardOrigin is { } forwarded)
        {
            var source = ForwardOriginSource.From(forwarded);
            article = article with { Source = source.Name, Url = source.Url ?? article.Url, Published = article.Published ?? source.Date };
        }

        return article;
    }
}
