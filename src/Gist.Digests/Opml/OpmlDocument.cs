using System.Xml;
using System.Xml.Linq;
using Gist.Digests.Feeds;

namespace Gist.Digests.Opml;

/// <summary>
/// OPML 2.0 subscription lists (http://opml.org/spec2.opml): every &lt;outline type="rss" xmlUrl="…"&gt; at any depth
/// (categories are nested outlines). DTDs are refused; size and depth are within <see cref="XmlLimits"/>.
/// </summary>
public static class OpmlDocument
{
    /// <exception cref="FormatException">Not an OPML document.</exception>
    public static IReadOnlyList<OpmlOutline> Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        XDocument document;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            XmlLimits.CheckDepth(stream, DtdProcessing.Prohibit);
            using var reader = XmlReader.Create(stream, XmlLimits.Settings(DtdProcessing.Prohibit));
            document = XDocument.Load(reader);
        }
        catch (XmlBudgetException ex)
        {
            throw new FormatException($"the file is too complex to read ({ex.Message}).", ex);
        }
        catch (XmlException ex)
        {
            throw new FormatException("The file is not well-formed XML: " + ex.Message, ex);
        }

        if (document.Root?.Name.LocalName != "opml")
        {
            throw new FormatException("The file is not an OPML document (no <opml> root).");
        }

        return document.Descendants("outline")
            .Select(o => (Url: ((string?)o.Attribute("xmlUrl"))?.Trim(), o))
            .Where(x => !string.IsNullOrEmpty(x.Url))
            .Select(x => new OpmlOutline(x.Url!, (string?)x.o.Attribute("title") ?? (string?)x.o.Attribute("text"), (string?)x.o.Attribute("htmlUrl")))
            .DistinctBy(o => o.XmlUrl, StringComparer.Ordinal)
            .ToList();
    }

    public static string Write(IEnumerable<OpmlOutline> outlines, string title, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(outlines);
        var body = new XElement("body", outlines.Select(o => new XElement("outline",
            new XAttribute("type", "rss"),
            new XAttribute("text", o.Title ?? o.XmlUrl),
            new XAttribute("title", o.Title ?? o.XmlUrl),
            new XAttribute("xmlUrl", o.XmlUrl),
            o.HtmlUrl is null ? null : new XAttribute("htmlUrl", o.HtmlUrl))));
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement("opml", new XAttribute("version", "2.0"),
                new XElement("head", new XElement("title", title), new XElement("dateCreated", created.ToString("R"))),
                body));
        return document.Declaration + "\n" + document.Root;
    }
}
