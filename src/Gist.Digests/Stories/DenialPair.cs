namespace Gist.Digests.Stories;

/// <summary>The model's judgement that claim number <see cref="Denial"/> denies claim number <see cref="Claim"/> (1-based).</summary>
public sealed class DenialPair
{
    public int Denial { get; set; }

    public int Claim { get; set; }
}
