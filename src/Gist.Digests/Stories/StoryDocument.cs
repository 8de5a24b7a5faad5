namespace Gist.Digests.Stories;

/// <summary>
/// The model's answer for one story: an English headline, a merged summary, and which denial denies which claim
/// (numbers of the story's claim list; a denial that denies none of them is left out).
/// </summary>
public sealed class StoryDocument
{
    public string Headline { get; set; } = "";

    public string Summary { get; set; } = "";

    public List<DenialPair>? Disputes { get; set; }
}
