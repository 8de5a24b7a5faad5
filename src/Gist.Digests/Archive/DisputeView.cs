namespace Gist.Digests.Archive;

/// <summary>A claim and the denial of it, shown side by side.</summary>
public sealed record DisputeView(ClaimView Claim, ClaimView Denial);
