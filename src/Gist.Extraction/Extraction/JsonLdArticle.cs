using System.Text.Json;

namespace Gist.Extraction.Extraction;

/// <summary>
/// Reads the schema.org Article (NewsArticle, BlogPosting, ReportageNewsArticle…) a page publishes as JSON-LD,
/// looking inside arrays and @graph. Malformed JSON is common on news sites and is ignored.
/// </summary>
public static class JsonLdArticle
{
    public static PageMetadata? Read(IEnumerable<string> scripts)
    {
        foreach (var script in scripts)
        {
            try
            {
                using var json = JsonDocument.Parse(script, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                var article = FindArticle(json.RootElement, 0);
                if (article is { } found)
                {
                    return ToMetadata(found);
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block says nothing; the other sources of metadata still apply.
            }
        }

        return null;
    }

    private static JsonElement? FindArticle(JsonElement element, int depth)
    {
        if (depth > 4)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindArticle(item, depth + 1) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (IsArticleType(element))
        {
            return element;
        }

        return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph, depth + 1) : null;
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        static bool Matches(string? t) => t is not null && (t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "Report" or "LiveBlogPosting");

        return type.ValueKind switch
        {
            JsonValueKind.String => Matches(type.GetString()),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && Matches(t.GetString())),
            _ => false,
        };
    }

    private static PageMetadata ToMetadata(JsonElement article) => new()
    {
        Title = Text(article, "headline") ?? Text(article, "name"),
        ArticleBody = Text(article, "articleBody"),
        Published = MetaDates.Parse(Text(article, "datePublished") ?? Text(article, "dateCreated")),
        Author = Name(article, "author"),
        SiteName = Name(article, "publisher"),
        Language = Text(article, "inLanguage"),
        LeadImageUrl = Url(article, "image"),
        IsPaywalled = IsFalse(article, "isAccessibleForFree"),
    };

    // Paywalled content markup (https://developers.google.com/search/docs/appearance/structured-data/paywalled-content):
    // the flag is a boolean, but sites also write it as the string "False".
    private static bool IsFalse(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value)
        && (value.ValueKind == JsonValueKind.False
            || (value.ValueKind == JsonValueKind.String && string.Equals(value.GetString()?.Trim(), "false", StringComparison.OrdinalIgnoreCase)));

    private static string? Text(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? NullIfBlank(value.GetString()) : null;

    /// <summary>author/publisher: a string, a Person/Organization object, or an array of them.</summary>
    private static string? Name(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => NullIfBlank(value.GetString()),
            JsonValueKind.Object => Text(value, "name"),
            JsonValueKind.Array => NullIfBlank(string.Join(", ", value.EnumerateArray()
                .Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.ValueKind == JsonValueKind.Object ? Text(v, "name") : null)
                .Where(n => !string.IsNullOrWhiteSpace(n)).Distinct())),
            _ => null,
        };
    }

    /// <summary>image: a URL string, an ImageObject, or an array of either.</summary>
    private static string? Url(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            value = value.EnumerateArray().FirstOrDefault();
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => NullIfBlank(value.GetString()),
            JsonValueKind.Object => Text(value, "url") ?? Text(value, "contentUrl"),
            _ => null,
        };
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
