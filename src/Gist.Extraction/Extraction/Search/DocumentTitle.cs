using AngleSharp.Html.Dom;

namespace Gist.Extraction.Extraction.Search;

/// <summary>
/// The page's &lt;title&gt; without the site name a separator adds ("Story title | Site", "Story title - Site"): the
/// title when the page's metadata names none and no Readability pass has read one.
/// </summary>
public static class DocumentTitle
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: "];

    public static string? Of(IHtmlDocument doc)
    {
        var title = doc.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            return null;
        }

        foreach (var separator in Separators)
        {
            // Only a cut that leaves a title of some length: "A - B" headlines keep both sides.
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 20)
            {
                title = title[..at];
            }
        }

        return title;
    }
}
