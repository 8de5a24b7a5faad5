namespace Gist.Rendering.Html;

internal enum HtmlTokenKind
{
    /// <summary>Plain characters: no '&amp;' and no '&lt;'.</summary>
    Text,

    /// <summary>A character reference such as <c>&amp;amp;</c> or <c>&amp;#1575;</c>: one visible character.</summary>
    Entity,

    OpenTag,
    CloseTag,
}
