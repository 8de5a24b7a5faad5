namespace Gist.Extraction.Extraction;

/// <summary>
/// Decides between the Readability body and the schema.org articleBody a page publishes in JSON-LD. Measured on
/// the benchmark, the Readability body is usually better (articleBody is often cut short, or lacks paragraph
/// breaks), so articleBody only fills in when Readability found little or nothing: pages whose text is
/// rendered by script, or whose markup hides the container Readability would pick.
/// </summary>
public static class JsonLdBody
{
    public static string Choose(string extracted, string? articleBody)
    {
        if (string.IsNullOrWhiteSpace(articleBody))
        {
            return extracted;
        }

        var ld = TextCleaner.Clean(articleBody);
        return Words(extracted) * 2 < Words(ld) ? ld : extracted;
    }

    /// <summary>Runs of characters between spaces and line breaks, counted without splitting the text.</summary>
    private static int Words(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var separator = c is ' ' or '\n';
            words += !separator && !inWord ? 1 : 0;
            inWord = !separator;
        }

        return words;
    }
}
