namespace Gist.Extraction.Extraction;

/// <summary>Decides between the Readability body and the JSON-LD articleBody a page publishes.</summary>
public static class JsonLdBody
{
    public static string Choose(string extracted, string? articleBody)
    {
        if (string.IsNullOrWhiteSpace(articleBody))
        {
            return extracted;
        }

        var ld = TextCleaner.Clean(articleBody);
        if (extracted.Length == 0)
        {
            return ld;
        }

        return extracted;
    }
}
