namespace Gist.Evaluation.Scoring;

/// <summary>A claim of the model's answer as scored.</summary>
/// <param name="Verified">The claim verifier found its evidence in the article.</param>
/// <param name="ReferenceIndex">The reference claim it was matched to (0-based), or null.</param>
/// <param name="SpeakerAgrees">With a match: the speaker names the reference speaker or an alias.</param>
/// <param name="KindAgrees">With a match: the kind is the reference's (or an accepted alternative).</param>
public sealed record ScoredClaim(
    string Text,
    string Speaker,
    string Kind,
    string Evidence,
    bool Verified,
    int? ReferenceIndex,
    bool? SpeakerAgrees,
    bool? KindAgrees);
