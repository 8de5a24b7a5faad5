namespace Gist.Extraction.Extraction;

/// <summary>
/// The structural rules of issue 17 (docs/EXTRACTION.md, "Rules judged on the other half"). All are on in the
/// product; the extraction benchmark switches them off one at a time to measure what each adds on each half of the
/// dev pages (<c>gist-bench extraction-rules</c>).
/// </summary>
[Flags]
public enum GeneralRules
{
    None = 0,

    /// <summary>Embedded social posts kept as marked quotes (<see cref="EmbeddedPosts"/>).</summary>
    EmbeddedPosts = 1,

    /// <summary>Hover-card duplicates of a linked name (<see cref="HoverCards"/>).</summary>
    HoverCards = 2,

    /// <summary>Excerpt lists split by a repeated share row (<see cref="ExcerptLists"/>).</summary>
    ExcerptLists = 4,

    /// <summary>Bracketed source labels and English byline-and-date lines (<see cref="LabelLines"/>).</summary>
    LabelLines = 8,

    /// <summary>Company profile, author bio, pitches, contact, address and copyright blocks after the story (<see cref="AfterTheEnd"/>).</summary>
    AfterTheEnd = 16,

    All = EmbeddedPosts | HoverCards | ExcerptLists | LabelLines | AfterTheEnd,
}
