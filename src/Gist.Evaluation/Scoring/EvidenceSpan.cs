using System.Text.RegularExpressions;
using Gist.Summarization.Text;
using Gist.Summarization.Verification;

namespace Gist.Evaluation.Scoring;

/// <summary>
/// Where an evidence span sits in the article, in the claim verifier's normalized text (so spelling variants the
/// verifier forgives are forgiven here too). Two claims are the same claim when their spans overlap, whatever words
/// the model used for the claim itself.
/// </summary>
public readonly partial record struct EvidenceSpan(int Start, int End)
{
    /// <summary>Share of the shorter span the two have in common: at least this much makes a match.</summary>
    public const double MatchingOverlap = 0.5;

    public int Length => End - Start;

    /// <summary>The span of <paramref name="evidence"/> (pieces around an ellipsis, from the first to the last), or null when it is not in the source.</summary>
    public static EvidenceSpan? Find(string? evidence, NormalizedSource source)
    {
        if (string.IsNullOrWhiteSpace(evidence))
        {
            return null;
        }

        var keys = Ellipsis().Split(EvidenceNormalizer.Normalize(evidence))
            .Select(EvidenceNormalizer.ToKey)
            .Where(k => k.Length > 0)
            .ToList();
        int start = -1, position = 0;
        foreach (var key in keys)
        {
            var at = source.IndexOf(key, position);
            if (at < 0)
            {
                return null;
            }

            start = start < 0 ? at : start;
            position = at + key.Length;
        }

        return start < 0 ? null : new EvidenceSpan(start, position);
    }

    /// <summary>Shared length over the shorter span's length, 0 to 1.</summary>
    public double Overlap(EvidenceSpan other)
    {
        var shared = Math.Min(End, other.End) - Math.Max(Start, other.Start);
        var shorter = Math.Min(Length, other.Length);
        return shared <= 0 || shorter <= 0 ? 0 : (double)shared / shorter;
    }

    [GeneratedRegex(@"\.{3,}")]
    private static partial Regex Ellipsis();
}
