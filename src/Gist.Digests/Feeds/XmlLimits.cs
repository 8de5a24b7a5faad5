using System.Xml;

namespace Gist.Digests.Feeds;

/// <summary>
/// The budget of untrusted XML (feeds, OPML): DTDs skipped or refused, at most <see cref="MaxCharacters"/>, and no
/// element deeper than <see cref="MaxDepth"/>. The depth is checked by a streaming pass before the document is
/// built, so 100,000 nested elements cost one linear read instead of a tree (and its recursive walks).
/// </summary>
public static class XmlLimits
{
    /// <summary>Real feeds nest under 20 (an Atom xhtml content is feed/entry/content/div and its markup).</summary>
    public const int MaxDepth = 100;

    /// <summary>Characters in one document (more than any feed the fetcher accepts).</summary>
    public const long MaxCharacters = 32L * 1024 * 1024;

    public static XmlReaderSettings Settings(DtdProcessing dtd) => new()
    {
        DtdProcessing = dtd,
        XmlResolver = null,
        IgnoreComments = true,
        MaxCharactersInDocument = MaxCharacters,
        MaxCharactersFromEntities = 1024,
    };

    /// <summary>Reads the whole stream once and rewinds it.</summary>
    /// <exception cref="XmlException">Not well-formed or too large.</exception>
    /// <exception cref="XmlBudgetException">Nested deeper than <see cref="MaxDepth"/>.</exception>
    public static void CheckDepth(Stream xml, DtdProcessing dtd)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var settings = Settings(dtd);
        settings.CloseInput = false;
        using (var reader = XmlReader.Create(xml, settings))
        {
            while (reader.Read())
            {
                if (reader.Depth > MaxDepth)
                {
                    throw new XmlBudgetException($"elements are nested more than {MaxDepth} deep");
                }
            }
        }

        xml.Position = 0;
    }
}
