namespace Gist.Summarization.Verification;

/// <summary>How much evidence a claim must quote to be checkable at all: a word or two matches almost any article.</summary>
public sealed record EvidenceRules
{
    public static readonly EvidenceRules Default = new();

    /// <summary>Words in the whole evidence (a CJK ideograph or kana counts as one word).</summary>
    public int MinimumWords { get; init; } = 3;

    /// <summary>Letters and digits in the whole evidence, normalized (a CJK ideograph or kana counts as two).</summary>
    public int MinimumLetters { get; init; } = 12;

    /// <summary>Words in each piece of an evidence joined by an ellipsis, so trivial fragments cannot be stitched together.</summary>
    public int MinimumPieceWords { get; init; } = 2;
}
