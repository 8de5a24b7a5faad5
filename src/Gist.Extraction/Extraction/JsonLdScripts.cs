namespace Gist.Extraction.Extraction;

/// <summary>
/// The text of every <c>&lt;script type="application/ld+json"&gt;</c> block, read straight from the HTML source. The
/// extractor parses with script text skipped (script bodies are often most of a page's bytes, and only JSON-LD is
/// ever read), so JSON-LD is taken here instead. A script element's text ends at the first "&lt;/script" (HTML
/// Living Standard, script data state), which is what this scan looks for.
/// </summary>
public static class JsonLdScripts
{
    public static List<string> Find(string html)
    {
        var found = new List<string>();
        var at = 0;
        while ((at = html.IndexOf("<script", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var tagEnd = html.IndexOf('>', at);
            if (tagEnd < 0)
            {
                break;
            }

            var close = html.IndexOf("</script", tagEnd, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                break;
            }

            if (html.AsSpan(at, tagEnd - at).Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                found.Add(html[(tagEnd + 1)..close]);
            }

            at = close + 8;
        }

        return found;
    }
}
