using System.Text;
using System.Text.RegularExpressions;
using Gist.Core.Text;

namespace Gist.Extraction.Extraction;

/// <summary>
/// Lines of the body that only repeat what the page's markup already says about the article, which Gist keeps as
/// metadata: the headline printed again as the first paragraph (a site that sets its title in a
/// <c>&lt;p class="titulo"&gt;</c>, where Readability's own h1/h2 title check does not look), the byline-and-date
/// line under it ("05/10/2018 - Publicado por: … - Categoria: …"), and a line that is just the page's own
/// address. Left in, the model would summarise the headline twice and read the byline as a claim.
/// </summary>
public static partial class EchoLines
{
    // The first lines a byline can sit on: under the headline, before the story starts.
    private const int BylineWindow = 3;

    [GeneratedRegex(
        @"\b(?:published|posted|written|updated)\s+by\b|\bby\s*:|\b(?:publicado|escrito|postado)\s+(?:por|em)\b|\bpor\s*:|\bpubli[ée]\s+par\b|\bpar\s*:|" +
        @"\b(?:autor|author|auteur|автор)\s*:|\bопубликовано\b|بقلم|\bكتب\s*:|نشر\s+(?:في|بتاريخ)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex BylineMarker();

    [GeneratedRegex(@"[^\p{L}\p{N}]+", RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex NonWord();

    public static string Remove(string text, string? title, params string?[] ownUrls)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var lines = text.Split('\n');
        var normalizedTitle = Normalize(title);
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var isEcho = (i == 0 && normalizedTitle.Length >= 12 && IsTitle(Normalize(line), normalizedTitle))
                         || (i < BylineWindow && IsByline(line))
                         || IsOwnUrl(line, ownUrls);
            if (isEcho)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append(lines[i]);
        }

        return sb.ToString();
    }

    /// <summary>
    /// A short line naming an author or publisher together with a date, and not a sentence: "نشر في 12 مايو تقرير
    /// يفيد بأن…." or "He wrote on 12/05/2023 that…." in a lead paragraph end like sentences and stay.
    /// </summary>
    public static bool IsByline(string line) =>
        line.Length <= 160 && !SentenceEnd.IsAt(line) && BylineMarker().IsMatch(line) && DateLine.ContainsDate(line);

    // The page title often carries the site name after a separator ("Headline | Site"): a first line equal to the
    // whole title or to its start (at least 12 letters, so "News" alone never matches) is the headline.
    private static bool IsTitle(string line, string title) =>
        line.Length >= 12 && (line == title || (title.StartsWith(line, StringComparison.Ordinal) && line.Length >= title.Length / 2));

    private static bool IsOwnUrl(string line, string?[] ownUrls)
    {
        if (!line.StartsWith("http", StringComparison.OrdinalIgnoreCase) || line.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var url in ownUrls)
        {
            if (url is not null && string.Equals(line.TrimEnd('/'), url.Trim().TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string Normalize(string? s) =>
        string.IsNullOrWhiteSpace(s) ? string.Empty : NonWord().Replace(s, " ").Trim().ToLowerInvariant();
}
