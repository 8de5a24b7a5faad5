using System.Globalization;
using Gist.Core.Articles;
using Gist.Core.Text;

namespace Gist.Rendering.Text;

/// <summary>
/// "Source: <a>Al Mustaqilla</a> · 2023-11-09 · Arabic": where the article came from, linked when its address
/// is known, for a forwarded post the channel it was forwarded from.
/// </summary>
internal static class SourceLine
{
    private const string Separator = " · ";

    /// <returns>The line, or null when nothing at all is known about the source.</returns>
    public static string? Html(Article article, string? languageCode)
    {
        var parts = new List<string>(4);
        var name = SourceName(article);
        if (name is not null)
        {
            parts.Add(TelegramHtml.Link(article.Url, Bidi.Isolate(name)));
        }

        if (!string.IsNullOrWhiteSpace(article.Author))
        {
            parts.Add("by " + TelegramHtml.Escape(Bidi.Isolate(article.Author.Trim())));
        }

        if (article.Published is { } published)
        {
            parts.Add(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        var language = LanguageNames.NameOf(languageCode ?? article.Language);
        if (language is not null)
        {
            parts.Add(TelegramHtml.Escape(language));
        }

        var label = (name, article.Origin) switch
        {
            (not null, ArticleOrigin.Forwarded) => "Forwarded from ",
            (not null, _) => "Source: ",
            (null, ArticleOrigin.Pasted) => "Pasted text",
            (null, ArticleOrigin.Document) => "Document",
            (null, ArticleOrigin.Forwarded) => "Forwarded post",
            (null, ArticleOrigin.Image) => "Image",
            (null, ArticleOrigin.Speech) => "Recording",
            _ => null,
        };

        if (parts.Count == 0)
        {
            return label;
        }

        return label is null || name is not null
            ? label + string.Join(Separator, parts)
            : label + Separator + string.Join(Separator, parts);
    }

    /// <summary>The outlet's name, else the host of the article's address.</summary>
    private static string? SourceName(Article article)
    {
        if (!string.IsNullOrWhiteSpace(article.Source))
        {
            return article.Source.Trim();
        }

        return TelegramHtml.IsAllowedHref(article.Url) && Uri.TryCreate(article.Url, UriKind.Absolute, out var uri)
            && !string.IsNullOrEmpty(uri.Host)
            ? uri.Host
            : null;
    }
}
