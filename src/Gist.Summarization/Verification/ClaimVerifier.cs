using Gist.Core.Text;
using System.Text.RegularExpressions;
using Gist.Core.Summaries;
using Gist.Summarization.Text;

namespace Gist.Summarization.Verification;

/// <summary>
/// The guard against invented quotes: a claim is kept only when its evidence, normalized, occurs in the
/// normalized source. Evidence may skip text with an ellipsis ("…", "...", "[…]"): then each piece must occur,
/// in order. Evidence that is empty or too short to prove anything is dropped.
/// </summary>
public sealed partial class ClaimVerifier
{
    private readonly EvidenceRules rules;

    public ClaimVerifier(EvidenceRules? rules = null) => this.rules = rules ?? EvidenceRules.Default;

    public ClaimVerification Verify(IReadOnlyList<Claim> claims, string sourceText) => Verify(claims, NormalizedSource.Of(sourceText));

    public ClaimVerification Verify(IReadOnlyList<Claim> claims, NormalizedSource source)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var kept = new List<Claim>(claims.Count);
        var rejected = new List<RejectedClaim>();
        foreach (var claim in claims)
        {
            var verdict = Check(claim.Evidence, source);
            if (verdict == EvidenceVerdict.Found)
            {
                kept.Add(claim);
            }
            else
            {
                rejected.Add(new RejectedClaim(claim, verdict));
            }
        }

        return new ClaimVerification(kept, rejected);
    }

    /// <summary>Checks one evidence span.</summary>
    public EvidenceVerdict Check(string? evidence, NormalizedSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (string.IsNullOrWhiteSpace(evidence))
        {
            return EvidenceVerdict.Empty;
        }

        // NFKC turns "…" into "...", so one pattern splits both; "[...]" leaves brackets the key drops.
        var pieces = Ellipsis().Split(EvidenceNormalizer.Normalize(evidence))
            .Select(p => (Text: p, Key: EvidenceNormalizer.ToKey(p)))
            .Where(p => p.Key.Length > 0)
            .ToList();
        if (pieces.Count == 0)
        {
            return EvidenceVerdict.Empty;
        }

        var words = pieces.Sum(p => WordCount.Of(p.Text));
        var letters = pieces.Sum(p => WordCount.Letters(p.Key));
        if (words < rules.MinimumWords || letters < rules.MinimumLetters
            || (pieces.Count > 1 && pieces.Any(p => WordCount.Of(p.Text) < rules.MinimumPieceWords)))
        {
            return EvidenceVerdict.TooShort;
        }

        var position = 0;
        foreach (var piece in pieces)
        {
            var at = source.IndexOf(piece.Key, position);
            if (at < 0)
            {
                return EvidenceVerdict.NotInSource;
            }

            position = at + piece.Key.Length;
        }

        return EvidenceVerdict.Found;
    }

    [GeneratedRegex(@"\.{3,}", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Ellipsis();
}
