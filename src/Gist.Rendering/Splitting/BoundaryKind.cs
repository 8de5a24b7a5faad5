namespace Gist.Rendering.Splitting;

/// <summary>How good a place to cut a message is, from worst to best.</summary>
internal enum BoundaryKind
{
    /// <summary>Not a place to cut: before a tag (the tag goes with the text it formats).</summary>
    None,

    /// <summary>Between code points of one grapheme (a base and its combining marks): last resort.</summary>
    CodePoint,

    /// <summary>Between two user-perceived characters.</summary>
    Grapheme,

    /// <summary>After a space.</summary>
    Word,

    /// <summary>After the end of a sentence.</summary>
    Sentence,

    /// <summary>After a line break.</summary>
    Line,

    /// <summary>After a blank line.</summary>
    Paragraph,
}
