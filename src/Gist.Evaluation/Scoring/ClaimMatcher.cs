using Gist.Evaluation.Sets;
using Gist.Summarization.Llm;
using Gist.Summarization.Verification;

namespace Gist.Evaluation.Scoring;

/// <summary>
/// Pairs the model's verified claims with the reference claims by evidence overlap (<see cref="EvidenceSpan"/>),
/// best overlap first, each claim used once; then checks speaker and kind of every pair.
/// </summary>
public static class ClaimMatcher
{
    /// <param name="claims">The answer's claims with whether their evidence was verified.</param>
    public static IReadOnlyList<ScoredClaim> Match(IReadOnlyList<ScoredClaim> claims, IReadOnlyList<ReferenceClaim> reference, NormalizedSource source)
    {
        var referenceSpans = reference.Select(r => EvidenceSpan.Find(r.Evidence, source)).ToList();
        var pairs = new List<(int Claim, int Reference, double Overlap)>();
        for (var c = 0; c < claims.Count; c++)
        {
            if (!claims[c].Verified || EvidenceSpan.Find(claims[c].Evidence, source) is not { } span)
            {
                continue;
            }

            for (var r = 0; r < reference.Count; r++)
            {
                if (referenceSpans[r] is { } referenceSpan && span.Overlap(referenceSpan) is var overlap && overlap >= EvidenceSpan.MatchingOverlap)
                {
                    pairs.Add((c, r, overlap));
                }
            }
        }

        var matched = new ScoredClaim[claims.Count];
        claims.ToList().CopyTo(matched);
        var usedReferences = new HashSet<int>();
        var usedClaims = new HashSet<int>();
        foreach (var (c, r, _) in pairs.OrderByDescending(p => p.Overlap).ThenBy(p => p.Claim))
        {
            if (usedClaims.Contains(c) || !usedReferences.Add(r))
            {
                continue;
            }

            usedClaims.Add(c);
            matched[c] = claims[c] with
            {
                ReferenceIndex = r,
                SpeakerAgrees = SpeakerAgrees(claims[c].Speaker, reference[r]),
                KindAgrees = reference[r].Kinds.Contains(ClaimKindNormalizer.Normalize(claims[c].Kind), StringComparer.OrdinalIgnoreCase),
            };
        }

        return matched;
    }

    /// <summary>The answer's speaker ("US Secretary of State Antony Blinken") names the reference speaker or an alias.</summary>
    public static bool SpeakerAgrees(string speaker, ReferenceClaim reference)
    {
        var said = speaker.Trim();
        return said.Length > 0 && reference.SpeakerNames.Any(name =>
            name.Trim().Length > 0 && said.Contains(name.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
