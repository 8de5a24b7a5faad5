using System.Text;
using AngleSharp.Html.Parser;

namespace Gist.Digests.Feeds;

/// <summary>
/// Where a site's feed is: the &lt;link rel="alternate"&gt; elements of its page (RSS Autodiscovery,
/// https://www.rssboard.org/rss-autodiscovery; the same for Atom and JSON Feed), then the usual paths.
/// </summary>
public static class FeedDiscovery
{
    private static readonly string[] FeedTypes = ["application/rss+xml", "application/atom+xml", "application/feed+json", "application/json", "application/rdf+xml"];

    public static readonly string[] UsualPaths = ["/feed", "/rss", "/rss.xml", "/feed.xml", "/atom.xml", "/index.xml", "/feed.json", "/feeds/posts/default"];

    /// <summary>Feed addresses announced by the page, best first.</summary>
    public static IReadOnlyList<Uri> FromPage(byte[] html, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(html));
        var found = new List<Uri>();
        foreach (var link in document.QuerySelectorAll("link[href]"))
        {
            var rel = (link.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var type = (link.GetAttribute("type") ?? "").Trim().ToLowerInvariant();
            if (rel.Contains("alternate", StringComparer.OrdinalIgnoreCase) && FeedTypes.Contains(type)
                && Uri.TryCreate(pageUrl, link.GetAttribute("href"), out var href) && !found.Contains(href))
            {
                found.Add(href);
            }
        }

        return found;
    }

    /// <summary>The usual feed paths on the page's host.</summary>
    public static IEnumerable<Uri> Guesses(Uri pageUrl) => UsualPaths.Select(p => new Uri(pageUrl, p));
}
