using System.Text.RegularExpressions;

namespace Gist.Extraction.Extraction;

/// <summary>
/// A short post followed by excerpts of other posts, each cut with "…" and each followed by the same row of
/// share-button words ("Whatsapp Facebook Pint …", in any language): blog front pages and tag pages that
/// Readability takes whole. The structure gives it away, not the words: a short line (no sentence end) repeated
/// three times or more splits the body into entries, and at least two entries after the first end with an
/// ellipsis after at least twelve words (the cut opening of a paragraph). Then the rows go, and so does everything
/// from the first cut entry on. A poem's refrain or a transcript's "(Applause)" repeats too, but its verses are
/// short or do not trail off, so it is left alone.
/// </summary>
public static partial class ExcerptLists
{
    private const int MinRepeats = 3;

    [GeneratedRegex(@"(?:…|\.\.\.|\[…\]|\[\.\.\.\]|\(…\)|\(\.\.\.\))\s*(?:\p{L}{0,12}\s*\p{L}{0,12}\s*[»›→]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CutEnd();

    public static string Remove(string text)
    {
        var lines = text.Split('\n');
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var key = RowKey(line);
            if (key is not null)
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var rows = counts.Where(c => c.Value >= MinRepeats).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        if (rows.Count == 0)
        {
            return text;
        }

        // Entries: the runs of lines between rows. Entry 0 is what comes before the first row.
        var entries = new List<List<string>> { new() };
        foreach (var line in lines)
        {
            if (RowKey(line) is { } key && rows.Contains(key))
            {
                if (entries[^1].Count > 0)
                {
                    entries.Add([]);
                }

                continue;
            }

            entries[^1].Add(line);
        }

        var firstCut = entries.FindIndex(1, e => IsCut(e));
        if (firstCut < 0 || entries.Skip(1).Count(IsCut) < 2)
        {
            return text;
        }

        return string.Join('\n', entries.Take(firstCut).SelectMany(e => e)).Trim('\n');
    }

    // An excerpt is the opening of a paragraph, cut: at least 12 words (or 40 characters in a script written
    // without spaces). A verse or a list item that trails off with "…" is shorter.
    private static bool IsCut(List<string> entry)
    {
        var last = entry.LastOrDefault(l => l.Trim().Length > 0)?.Trim();
        return last is not null && CutEnd().IsMatch(last)
               && (last.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 12 || (!last.Contains(' ', StringComparison.Ordinal) && last.Length >= 40));
    }

    /// <summary>A short label-like line (≤ 8 words, ≤ 80 characters, no sentence end), normalised; otherwise null.</summary>
    private static string? RowKey(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length is 0 or > 80 || Gist.Core.Text.SentenceEnd.IsAt(trimmed) || trimmed.EndsWith('…') || EmbeddedPosts.IsMarker(trimmed))
        {
            return null;
        }

        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 8 ? null : string.Join(' ', words).ToLowerInvariant();
    }
}
