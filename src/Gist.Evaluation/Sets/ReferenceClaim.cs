namespace Gist.Evaluation.Sets;

/// <summary>A claim a careful reader would list, written by hand: who, what kind, and the words of the original.</summary>
/// <param name="Speaker">The person or organization as named in English ("Antony Blinken"), or "the outlet".</param>
/// <param name="SpeakerAliases">Other names that count as the same speaker ("Blinken", "US Secretary of State").</param>
/// <param name="Kind">One of the kinds Gist uses: statement, accusation, denial, warning, promise, figure, assessment, report.</param>
/// <param name="KindAlternatives">Other kinds a careful reader could also accept for this claim.</param>
/// <param name="Evidence">The span of the article, copied verbatim in its original language.</param>
public sealed record ReferenceClaim(
    string Speaker,
    IReadOnlyList<string>? SpeakerAliases,
    string Kind,
    IReadOnlyList<string>? KindAlternatives,
    string Evidence)
{
    public IEnumerable<string> SpeakerNames => SpeakerAliases is null ? [Speaker] : SpeakerAliases.Prepend(Speaker);

    public IEnumerable<string> Kinds => KindAlternatives is null ? [Kind] : KindAlternatives.Prepend(Kind);
}
