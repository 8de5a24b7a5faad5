using Gist.Rendering.Html;

namespace Gist.Rendering.Splitting;

/// <summary>
/// The smallest piece of a block the splitter moves: a tag, an entity, or one code point of text (a surrogate
/// pair stays together). <see cref="Boundary"/> rates cutting just before this unit.
/// </summary>
internal readonly record struct CutUnit(
    HtmlTokenKind Kind,
    int Start,
    int Length,
    int Visible,
    bool IsWhitespace,
    BoundaryKind Boundary,
    string? TagName = null)
{
    public bool IsTag => Kind is HtmlTokenKind.OpenTag or HtmlTokenKind.CloseTag;

    /// <summary>Raw length of the tag that closes this open tag.</summary>
    public int CloseTagLength => TagName!.Length + 3;
}
