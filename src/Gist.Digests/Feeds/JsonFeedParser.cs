using System.Text.Json;

namespace Gist.Digests.Feeds;

/// <summary>JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/): version, title, home_page_url, items.</summary>
public static class JsonFeedParser
{
    public static ParsedFeed Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || String(root, "version") is not { } version || !version.StartsWith("https://jsonfeed.org/version/", StringComparison.Ordinal))
            {
                throw new FeedFormatException("The JSON document is not a JSON Feed (no https://jsonfeed.org/version/ field).");
            }

            var entries = new List<FeedEntry>();
            if (root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
                {
                    var text = String(item, "content_text") is { } plain ? HtmlText.ToText(plain.Replace("<", "&lt;", StringComparison.Ordinal))
                        : HtmlText.ToText(String(item, "content_html") ?? String(item, "summary"));
                    entries.Add(new FeedEntry(
                        item.TryGetProperty("id", out var id) ? id.ToString() : null,
                        String(item, "url") ?? String(item, "external_url"),
                        String(item, "title"),
                        text,
                        FeedDates.Parse(String(item, "date_published") ?? String(item, "date_modified"))));
                }
            }

            return new ParsedFeed("json", String(root, "title"), String(root, "home_page_url"), entries);
        }
        catch (JsonException ex)
        {
            throw new FeedFormatException("The feed is not valid JSON: " + ex.Message, ex);
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s.Trim() : null;
}
