using Gist.Summarization.Text;

namespace Gist.Digests.Stories;

/// <summary>
/// The rule, without a model, for whether a denial denies a claim: it must be about the same subject and deny the
/// same thing. Deliberately conservative — a wrong pairing misleads more than none (the denial is then listed on its
/// own). Words are the shared multilingual content terms (stop words out, lightly stemmed); the words of denial
/// themselves and, for "the thing denied", the denier's own name are set aside. The denial pairs with the claim when
///   - at least half of the thing denied is in the claim,
///   - at least half of the denial's words and of the claim's words are shared (the same subject, not one name), and
///   - every capitalised name in the thing denied ("Hamas") is named by the claim too.
/// </summary>
public static class DenialMatch
{
    public const double ThingDeniedShare = 0.5;
    public const double SharedWords = 0.5;

    private static readonly HashSet<string> DenialWords = new(
        ["deny", "denies", "denied", "denial", "denying", "reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses", "dismissed",
         "refute", "refutes", "refuted", "any", "false", "baseless", "claim", "claims", "report", "reports", "allegation", "allegations",
         "نفى", "تنفي", "ينفي", "نفت", "نفي", "تنفيان", "ينفيان", "رفض", "رفضت", "أي", "опроверг", "опровергла", "отрицает", "отрицают", "опровергает"],
        StringComparer.Ordinal);

    /// <summary>True when <paramref name="denial"/> denies <paramref name="claim"/> by the rule above.</summary>
    public static bool Denies(MergedClaim denial, MergedClaim claim) => Score(denial, claim) is not null;

    /// <summary>How well the denial matches the claim (higher is better), or null when the rule does not pair them.</summary>
    public static double? Score(MergedClaim denial, MergedClaim claim)
    {
        ArgumentNullException.ThrowIfNull(denial);
        ArgumentNullException.ThrowIfNull(claim);
        var denied = Terms(denial.Text);
        var claimed = Terms(claim.Text);
        if (denied.Count == 0 || claimed.Count == 0)
        {
            return null;
        }

        var denier = Terms(denial.Speaker);
        var thing = denied.Where(t => !denier.Contains(t)).ToHashSet(StringComparer.Ordinal);
        if (thing.Count == 0)
        {
            thing = denied;
        }

        var thingShare = (double)thing.Count(claimed.Contains) / thing.Count;
        var shared = denied.Count(claimed.Contains);
        var sharedShare = Math.Min((double)shared / denied.Count, (double)shared / claimed.Count);
        if (thingShare < ThingDeniedShare || sharedShare < SharedWords || !NamesOf(denial).Where(thing.Contains).All(claimed.Contains))
        {
            return null;
        }

        return thingShare + sharedShare;
    }

    private static HashSet<string> Terms(string text) =>
        TermExtractor.Terms(text, StopWords.For(null)).Where(t => !DenialWords.Contains(t)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The terms of the capitalised words after the first (names in scripts that have capitals).</summary>
    private static IEnumerable<string> NamesOf(MergedClaim denial) =>
        denial.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Where(w => w.Length > 1 && char.IsUpper(w[0]))
            .SelectMany(w => Terms(w));
}
