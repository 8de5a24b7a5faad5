using System.Text;
using Gist.Core.Digests;
using Gist.Rendering;

namespace Gist.Digests.Building;

/// <summary>
/// "Your reading today": the articles the chat sent the bot, each once (the same link or the same title sent twice
/// is one entry), under the summary's headline when there is one, never a whole paragraph as a title.
/// </summary>
public static class ReadingSection
{
    /// <summary>Longest title shown; longer ones (a first paragraph taken as a title) are cut at a word.</summary>
    public const int MaxTitleLength = 100;

    /// <returns>The section's HTML, or null when there is nothing to list.</returns>
    public static string? Html(IReadOnlyList<ReadingEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var html = new StringBuilder(TelegramHtml.Bold("Your reading today"));
        var listed = 0;
        foreach (var entry in entries)
        {
            var title = Title(entry.Title);
            var keys = new[] { entry.Url, title }.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k!.Trim()).ToList();
            if (keys.Any(k => !seen.Add(k)))
            {
                keys.ForEach(k => seen.Add(k));
                continue;
            }

            html.Append("\n• ").Append(TelegramHtml.Link(entry.Url, title ?? entry.Source ?? "Article"));
            if (entry.Source is { Length: > 0 } source && title is not null)
            {
                html.Append(" — ").Append(TelegramHtml.Escape(source));
            }

            listed++;
        }

        return listed == 0 ? null : html.ToString();
    }

    private static string? Title(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var text = string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= MaxTitleLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxTitleLength - 1);
        return text[..(cut > MaxTitleLength / 2 ? cut : MaxTitleLength - 1)].TrimEnd(' ', ',', '،', ';', ':', '-') + "…";
    }
}
