using System.Globalization;
using Gist.Core.Articles;
using Gist.Core.Text;
using Gist.Rendering.Text;

namespace Gist.Rendering;

/// <summary>
/// "Show the text read" / "Show the transcript": the text the bot read from an image, a scan or a recording, in the
/// original language, exactly as the summary and the claims' evidence were checked against it.
/// </summary>
public sealed class SourceTextRenderer
{
    private const int MarkerReserve = 16;

    private readonly MessageSplitter splitter;

    public SourceTextRenderer(int visibleLimit = TelegramHtml.MessageLimit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(visibleLimit, MessageSplitter.MinimumLimit + MarkerReserve);
        splitter = new MessageSplitter(visibleLimit - MarkerReserve);
    }

    /// <summary>The button's label for an article the bot read itself.</summary>
    public static string ButtonText(ArticleOrigin origin) => origin == ArticleOrigin.Speech ? "Show the transcript" : "Show the text read";

    public IReadOnlyList<string> Render(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var title = article.Origin == ArticleOrigin.Speech ? "Transcript" : "Text read from the image";
        var language = LanguageNames.NameOf(article.Language);
        var head = TelegramHtml.Bold(language is null ? title : $"{title} ({language})");
        if (!string.IsNullOrWhiteSpace(article.ReadingNote))
        {
            head += "\n" + TelegramHtml.Italic(article.ReadingNote.Trim());
        }

        var blocks = new List<string> { head };
        blocks.AddRange(Paragraphs.Escaped(article.Text));
        var parts = splitter.Split(blocks);
        if (parts.Count == 1)
        {
            return parts;
        }

        var total = parts.Count.ToString(CultureInfo.InvariantCulture);
        return parts.Select((part, i) => TelegramHtml.Italic($"({(i + 1).ToString(CultureInfo.InvariantCulture)}/{total})") + "\n" + part).ToList();
    }
}
