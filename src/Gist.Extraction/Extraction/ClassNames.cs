using AngleSharp.Dom;

namespace Gist.Extraction.Extraction;

/// <summary>
/// An element's class names read from its class attribute, split on ASCII white space as the DOM's classList does
/// (<see href="https://dom.spec.whatwg.org/#concept-ordered-set-parser">ordered set parser</see>). AngleSharp's
/// <c>ClassList</c> builds and keeps a token list on every element it is asked about; the rules that test every div of
/// a page for one class name read the attribute instead.
/// </summary>
public static class ClassNames
{
    private static readonly char[] Separators = [' ', '\t', '\n', '\f', '\r'];

    /// <summary>True when one of the element's class names is in <paramref name="names"/>.</summary>
    public static bool AnyIn(IElement element, HashSet<string> names)
    {
        var attribute = element.GetAttribute("class");
        if (attribute is null)
        {
            return false;
        }

        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        var classes = attribute.AsSpan();
        foreach (var range in classes.SplitAny(Separators))
        {
            if (!classes[range].IsEmpty && lookup.Contains(classes[range]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="name"/> is one of the element's class names.</summary>
    public static bool Has(IElement element, string name)
    {
        var attribute = element.GetAttribute("class");
        if (attribute is null)
        {
            return false;
        }

        var classes = attribute.AsSpan();
        foreach (var range in classes.SplitAny(Separators))
        {
            if (classes[range].SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }
}
