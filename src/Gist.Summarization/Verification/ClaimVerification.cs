using Gist.Core.Summaries;

namespace Gist.Summarization.Verification;

/// <summary>The outcome of checking claims against their source.</summary>
/// <param name="Kept">Claims whose evidence is in the source, in their original order.</param>
/// <param name="Rejected">Claims dropped, with the reason.</param>
public sealed record ClaimVerification(IReadOnlyList<Claim> Kept, IReadOnlyList<RejectedClaim> Rejected)
{
    /// <summary>How many claims were dropped (<see cref="SummaryResult.DroppedClaims"/>).</summary>
    public int DroppedCount => Rejected.Count;
}
