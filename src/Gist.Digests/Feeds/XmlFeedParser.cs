using System.Xml;
using System.Xml.Linq;

namespace Gist.Digests.Feeds;

/// <summary>
/// RSS 2.0 (https://www.rssboard.org/rss-specification), RSS 1.0 (RDF) and Atom 1.0 (RFC 4287). DTDs are refused,
/// so an XML bomb or an external entity never expands; size and depth are within <see cref="XmlLimits"/>, and at
/// most <see cref="MaxEntries"/> entries are read.
/// </summary>
public static class XmlFeedParser
{
    /// <summary>Entries read from one document (a feed lists its newest first; real ones hold 10–100).</summary>
    public const int MaxEntries = 500;

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";

    public static ParsedFeed Parse(Stream xml)
    {
        XDocument document;
        try
        {
            // Old RSS 0.91 feeds still start with a DOCTYPE: it is skipped, never read (no entity is expanded, nothing
            // is fetched), so an entity bomb or an external entity fails as an undeclared entity instead.
            XmlLimits.CheckDepth(xml, DtdProcessing.Ignore);
            using var reader = XmlReader.Create(xml, XmlLimits.Settings(DtdProcessing.Ignore));
            document = XDocument.Load(reader);
        }
        catch (XmlBudgetException ex)
        {
            throw new FeedFormatException($"The feed is too complex to read ({ex.Message}).", ex);
        }
        catch (XmlException ex)
        {
            throw new FeedFormatException("The feed is not well-formed XML: " + ex.Message, ex);
        }

        var root = document.Root ?? throw new FeedFormatException("The feed document is empty.");
        return root.Name.LocalName switch
        {
            "rss" => ParseRss(root.Element("channel") ?? throw new FeedFormatException("An RSS document without a channel."), root.Elements("channel").Elements("item").Take(MaxEntries)),
            "RDF" => ParseRss(root.Element(Rss1 + "channel") ?? root, root.Elements(Rss1 + "item").Take(MaxEntries)),
            "feed" when root.Name.Namespace == Atom || root.Name.Namespace == XNamespace.None => ParseAtom(root),
            _ => throw new FeedFormatException($"<{root.Name.LocalName}> is not an RSS or Atom feed."),
        };
    }

    private static ParsedFeed ParseRss(XElement channel, IEnumerable<XElement> items)
    {
        var ns = channel.Name.Namespace;
        var entries = items.Select(item =>
        {
            var iNs = item.Name.Namespace;
            var html = (string?)item.Element(Content + "encoded") ?? (string?)item.Element(iNs + "description");
            var guid = Trimmed((string?)item.Element(iNs + "guid")) ?? Trimmed((string?)item.Attribute(XName.Get("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")));
            var date = (string?)item.Element(iNs + "pubDate") ?? (string?)item.Element(Dc + "date");
            return new FeedEntry(guid, Trimmed((string?)item.Element(iNs + "link")), Title((string?)item.Element(iNs + "title")), HtmlText.ToText(html), FeedDates.Parse(date));
        }).ToList();
        return new ParsedFeed(ns == Rss1 ? "rss1" : "rss", Title((string?)channel.Element(ns + "title")), Trimmed((string?)channel.Element(ns + "link")), entries);
    }

    private static ParsedFeed ParseAtom(XElement feed)
    {
        var ns = feed.Name.Namespace;
        var entries = feed.Elements(ns + "entry").Take(MaxEntries).Select(entry =>
        {
            var content = entry.Element(ns + "content") ?? entry.Element(ns + "summary");
            var text = content is null ? "" : ContentText(content);
            var date = (string?)entry.Element(ns + "published") ?? (string?)entry.Element(ns + "updated");
            return new FeedEntry(Trimmed((string?)entry.Element(ns + "id")), AlternateLink(entry, ns), Title(ContentTitle(entry.Element(ns + "title"))), text, FeedDates.Parse(date));
        }).ToList();
        return new ParsedFeed("atom", Title(ContentTitle(feed.Element(ns + "title"))), AlternateLink(feed, ns), entries);
    }

    /// <summary>RFC 4287 §4.2.7.2: rel="alternate" is the default relation.</summary>
    private static string? AlternateLink(XElement parent, XNamespace ns) =>
        parent.Elements(ns + "link")
            .Where(l => ((string?)l.Attribute("rel") ?? "alternate") == "alternate")
            .Select(l => Trimmed((string?)l.Attribute("href")))
            .FirstOrDefault(h => h is not null);

    /// <summary>
    /// RFC 4287 §3.1: type text, html, or xhtml (a div of markup). The markup is written unindented: indenting makes
    /// the text grow with the square of the nesting.
    /// </summary>
    private static string ContentText(XElement content) => (string?)content.Attribute("type") switch
    {
        "xhtml" => HtmlText.ToText(string.Concat(content.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)))),
        "text" => content.Value.Trim(),
        _ => HtmlText.ToText(content.Value),
    };

    private static string? ContentTitle(XElement? title) => title is null ? null : ContentText(title);

    private static string? Title(string? text) => Trimmed(text is null ? null : HtmlText.ToText(text).Replace('\n', ' '));

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
