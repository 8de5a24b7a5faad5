using System.Globalization;
using Gist.Core.Articles;
using Gist.Core.Text;
using Gist.Rendering.Text;

namespace Gist.Rendering;

/// <summary>The full translation of an article: a title line, then its paragraphs over as many messages as needed.</summary>
public sealed class TranslationRenderer
{
    /// <summary>Room kept in every part for its "(12/34)" marker and the line break after it.</summary>
    private const int MarkerReserve = 16;

    private readonly MessageSplitter splitter;

    public TranslationRenderer(int visibleLimit = TelegramHtml.MessageLimit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(visibleLimit, MessageSplitter.MinimumLimit + MarkerReserve);
        splitter = new MessageSplitter(visibleLimit - MarkerReserve);
    }

    /// <param name="translation">The translated text, paragraphs separated by line breaks.</param>
    /// <param name="language">The language translated into: an ISO 639-1 code ("en") or a name.</param>
    /// <param name="headline">The summary's headline in that language, when known: the title of the translation.</param>
    /// <returns>Messages in order; when there are several, each starts with "(n/total)".</returns>
    public IReadOnlyList<string> Render(string translation, Article article, string language, string? headline = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var blocks = new List<string> { TitleLine(article, language, headline) };
        var paragraphs = Paragraphs.Escaped(translation).ToList();
        if (paragraphs.Count == 0)
        {
            blocks.Add(TelegramHtml.Italic("The translation came back empty."));
        }

        blocks.AddRange(paragraphs);
        var parts = splitter.Split(blocks);
        if (parts.Count == 1)
        {
            return parts;
        }

        var numbered = new string[parts.Count];
        var total = parts.Count.ToString(CultureInfo.InvariantCulture);
        for (var i = 0; i < parts.Count; i++)
        {
            numbered[i] = TelegramHtml.Italic($"({(i + 1).ToString(CultureInfo.InvariantCulture)}/{total})") + "\n" + parts[i];
        }

        return numbered;
    }

    private static string TitleLine(Article article, string language, string? headline)
    {
        var target = LanguageNames.NameOf(language) ?? "English";
        var from = LanguageNames.NameOf(article.Language);

        // The title in the language of the translation: the summary's headline; the article's own title only when
        // it is already in that language (issue 13, item 6).
        var title = !string.IsNullOrWhiteSpace(headline) ? headline.Trim()
            : !string.IsNullOrWhiteSpace(article.Title) && from == target ? article.Title.Trim()
            : "Full translation";
        var note = from is null ? $"Translated into {target}" : $"Translated from {from} into {target}";
        var source = SourceLine.Html(article with { Language = null }, languageCode: null);
        return TelegramHtml.Bold(title) + "\n" + TelegramHtml.Italic(note)
            + (source is null ? string.Empty : "\n" + source);
    }
}
