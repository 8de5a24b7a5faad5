namespace Gist.Digests.Stories;

/// <summary>The model's answer for one story: an English headline and a merged summary.</summary>
public sealed class StoryDocument
{
    public string Headline { get; set; } = "";

    public string Summary { get; set; } = "";
}
