namespace Gist.Digests.Stories;

/// <summary>A claim and the denial of it, shown side by side.</summary>
public sealed record Dispute(MergedClaim Claim, MergedClaim Denial);
