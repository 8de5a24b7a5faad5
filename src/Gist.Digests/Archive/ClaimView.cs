namespace Gist.Digests.Archive;

/// <summary>A claim of a story, with how many outlets report it and each outlet's exact words.</summary>
public sealed record ClaimView(string Text, string Speaker, string Kind, int OutletCount, IReadOnlyList<EvidenceView> Evidence);
