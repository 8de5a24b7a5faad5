using Gist.Core.Text;
using System.Text.RegularExpressions;

namespace Gist.Input.Links;

/// <summary>Finds the web links in a message: distinct absolute http(s) URLs, in the order they appear.</summary>
public static partial class UrlFinder
{
    /// <summary>
    /// Links from Telegram entities: "url" entities are the text itself (offset/length in UTF-16 units, which are
    /// .NET string indices), "text_link" entities carry the address. A "url" written without a scheme
    /// ("example.com/a") gets https://. Entities out of range or not http(s) are skipped.
    /// </summary>
    public static IReadOnlyList<Uri> Find(string? text, IEnumerable<TextEntity>? entities)
    {
        var found = new List<Uri>();
        if (entities is null)
        {
            return found;
        }

        foreach (var entity in entities.OrderBy(e => e.Offset))
        {
            var candidate = entity.Type switch
            {
                "url" => Slice(text, entity.Offset, entity.Length),
                "text_link" => entity.Url,
                _ => null,
            };
            Add(found, candidate);
        }

        return found;
    }

    /// <summary>Links written out in plain text (a paste on the command line, a .txt file): http(s)://… and www.….</summary>
    public static IReadOnlyList<Uri> FindInPlainText(string? text)
    {
        var found = new List<Uri>();
        if (string.IsNullOrEmpty(text))
        {
            return found;
        }

        foreach (Match match in PlainUrl().Matches(text))
        {
            Add(found, match.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', ']', '}', '»', '"', '\'', '”', '،', '؟'));
        }

        return found;
    }

    private static string? Slice(string? text, int offset, int length)
    {
        if (text is null || offset < 0 || length <= 0 || offset > text.Length - length)
        {
            return null;
        }

        return text.Substring(offset, length);
    }

    private static void Add(List<Uri> found, string? candidate)
    {
        if (string.IsNullOrWhiteSpace(candidate))
        {
            return;
        }

        candidate = candidate.Trim();
        if (SchemeWithoutSlashes().IsMatch(candidate))
        {
            // mailto:, tel:, tg: and the like are not web pages.
            return;
        }

        if (!candidate.Contains("://", StringComparison.Ordinal))
        {
            candidate = "https://" + candidate;
        }

        if (Uri.TryCreate(candidate, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0
            && !found.Contains(uri))
        {
            found.Add(uri);
        }
    }

    [GeneratedRegex(@"^[a-z][a-z0-9+-]*:(?!//)(?!\d)", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex SchemeWithoutSlashes();

    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s<>""]+", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex PlainUrl();
}
