using System.Security;
using System.Text;

namespace Gist.Digests.Tests.Support;

/// <summary>The five Arabic seed articles as items of three feeds, with their real dates.</summary>
public static class Seeds
{
    public static string Read(string id) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds", $"seed-{id}.txt"));

    /// <summary>Feed title → (seed id, publication date).</summary>
    public static readonly (string Feed, string Title, (string Id, string Date)[] Items)[] Feeds =
    [
        ("mustaqilla", "Al Mustaqilla", [("000", "Thu, 09 Nov 2023 08:10:00 GMT"), ("001", "Thu, 14 Sep 2023 09:56:00 +0300")]),
        ("jazeera", "Al Jazeera", [("002", "Thu, 09 Nov 2023 10:30:00 GMT"), ("003", "Wed, 16 Aug 2023 12:00:00 GMT")]),
        ("asharq", "Asharq Al-Awsat", [("004", "Thu, 09 Nov 2023 13:05:00 GMT")]),
    ];

    /// <summary>An RSS 2.0 document whose items carry the seed texts (read-also tails included) as their description.</summary>
    public static string Rss(string feed, string title, IEnumerable<(string Id, string Date)> items, string baseUrl = "https://example.org")
    {
        var builder = new StringBuilder();
        builder.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>");
        builder.Append("<title>").Append(SecurityElement.Escape(title)).Append("</title><link>").Append(baseUrl).Append('/').Append(feed).Append("</link>");
        foreach (var (id, date) in items)
        {
            var text = Read(id);
            var paragraphs = string.Concat(text.Split('\n').Where(l => l.Trim().Length > 0).Select(l => "<p>" + SecurityElement.Escape(l.Trim()) + "</p>"));
            builder.Append("<item><guid>").Append(feed).Append('-').Append(id).Append("</guid>");
            builder.Append("<link>").Append(baseUrl).Append('/').Append(feed).Append("/articles/").Append(id).Append("</link>");
            builder.Append("<title>").Append(SecurityElement.Escape(text.Split('\n')[0].Trim())).Append("</title>");
            builder.Append("<pubDate>").Append(date).Append("</pubDate>");
            builder.Append("<description>").Append(SecurityElement.Escape(paragraphs)).Append("</description></item>");
        }

        builder.Append("</channel></rss>");
        return builder.ToString();
    }
}
