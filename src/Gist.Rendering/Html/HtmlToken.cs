namespace Gist.Rendering.Html;

/// <summary>One piece of a Telegram HTML string, located by its raw offsets.</summary>
/// <param name="VisibleLength">UTF-16 units the piece occupies after Telegram parses the entities.</param>
/// <param name="TagName">Lower-case tag name for tags; null otherwise.</param>
/// <param name="DecodedChar">For an entity: its first decoded UTF-16 unit (to classify whitespace and punctuation).</param>
internal readonly record struct HtmlToken(
    HtmlTokenKind Kind,
    int Start,
    int Length,
    int VisibleLength,
    string? TagName = null,
    char DecodedChar = '\0')
{
    public int End => Start + Length;
}
