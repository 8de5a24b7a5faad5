using System.Text.RegularExpressions;

namespace Gist.Extraction.Tests;

/// <summary>
/// The article-extraction-benchmark metric for one page: \w+ tokens, multiset of overlapping 4-token shingles,
/// precision/recall/F1 on the shared shingles (scrapinghub/article-extraction-benchmark evaluate.py).
/// </summary>
internal static partial class ShingleF1
{
    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    public static double Of(string truth, string predicted)
    {
        var t = Shingles(truth);
        var p = Shingles(predicted);
        int tp = 0, fp = 0, fn = 0;
        foreach (var key in t.Keys.Union(p.Keys))
        {
            var a = t.GetValueOrDefault(key);
            var b = p.GetValueOrDefault(key);
            tp += Math.Min(a, b);
            fp += Math.Max(0, b - a);
            fn += Math.Max(0, a - b);
        }

        if (fp == 0 && fn == 0)
        {
            return 1;
        }

        double precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Word().Matches(text).Select(m => m.Value).ToArray();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Length == 0)
        {
            return counts;
        }

        var size = Math.Min(4, tokens.Length);
        for (var i = 0; i + size <= tokens.Length; i++)
        {
            var key = string.Join('\u0001', tokens, i, size);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }
}
