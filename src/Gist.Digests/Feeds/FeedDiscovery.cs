using System.Text;
using AngleSharp.Html.Parser;
using Gist.Extraction.Budgets;

namespace Gist.Digests.Feeds;

/// <summary>
/// Where a site's feed is: the &lt;link rel="alternate"&gt; elements of its page (RSS Autodiscovery,
/// https://www.rssboard.org/rss-autodiscovery; the same for Atom and JSON Feed), then the usual paths.
/// </summary>
public static class FeedDiscovery
{
    private static readonly string[] FeedTypes = ["application/rss+xml", "application/atom+xml", "application/feed+json", "application/json", "application/rdf+xml"];

    /// <summary>Feed addresses taken from one page: each is fetched in turn, so a page announcing 50,000 is not obeyed.</summary>
    public const int MaxAnnounced = 4;

    /// <summary>The page's markup is read up to this many elements (the links are in its head).</summary>
    private const int MaxElements = 10_000;

    public static readonly string[] UsualPaths = ["/feed", "/rss", "/rss.xml", "/feed.xml", "/atom.xml", "/index.xml", "/feed.json", "/feeds/posts/default"];

    /// <summary>Feed addresses announced by the page, best first.</summary>
    public static IReadOnlyList<Uri> FromPage(byte[] html, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        var markup = Encoding.UTF8.GetString(html);
        var document = new HtmlParser().ParseDocument(MarkupBudget.Truncated(markup, MaxElements, MaxElements) ?? markup);
        var found = new List<Uri>();
        var seen = new HashSet<Uri>();
        foreach (var link in document.QuerySelectorAll("link[href]"))
        {
            if (found.Count == MaxAnnounced)
            {
                break;
            }

            var rel = (link.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var type = (link.GetAttribute("type") ?? "").Trim().ToLowerInvariant();
            if (rel.Contains("alternate", StringComparer.OrdinalIgnoreCase) && FeedTypes.Contains(type)
                && Uri.TryCreate(pageUrl, link.GetAttribute("href"), out var href) && seen.Add(href))
            {
                found.Add(href);
            }
        }

        return found;
    }

    /// <summary>The usual feed paths on the page's host.</summary>
    public static IEnumerable<Uri> Guesses(Uri pageUrl) => UsualPaths.Select(p => new Uri(pageUrl, p));
}
