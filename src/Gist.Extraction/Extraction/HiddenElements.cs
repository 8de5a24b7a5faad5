using AngleSharp.Dom;

namespace Gist.Extraction.Extraction;

/// <summary>Elements a reader never sees (hidden attribute, aria-hidden, an inline style that hides them).</summary>
public static class HiddenElements
{
    /// <summary>
    /// Hidden text: the `hidden` attribute, aria-hidden and inline display:none / visibility:hidden. Pages hide
    /// duplicate mobile menus, "skip to" links and sometimes text meant only for crawlers (or a prompt
    /// injection); a reader never sees it, so neither should the model.
    /// </summary>
    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null && (Declares(style, "display", "none") || Declares(style, "visibility", "hidden"));
    }

    /// <summary>True when the inline style sets the property to the value (spaces around the colon allowed, any case).</summary>
    private static bool Declares(string style, string property, string value)
    {
        for (var at = style.IndexOf(property, StringComparison.OrdinalIgnoreCase); at >= 0; at = style.IndexOf(property, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var i = SkipSpaces(style, at + property.Length);
            if (i < style.Length && style[i] == ':' && string.Compare(style, SkipSpaces(style, i + 1), value, 0, value.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at;
    }
}
