using Gist.Core.Summaries;

namespace Gist.Summarization.Verification;

/// <summary>A claim the evidence check refused, and why (for logs; the user sees only the count).</summary>
public sealed record RejectedClaim(Claim Claim, EvidenceVerdict Verdict);
