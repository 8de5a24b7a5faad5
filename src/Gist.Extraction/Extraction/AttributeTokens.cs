using AngleSharp.Dom;

namespace Gist.Extraction.Extraction;

/// <summary>
/// The tokens of a space-separated attribute (class, rel), split on ASCII white space as the DOM's token lists are
/// (<see href="https://dom.spec.whatwg.org/#concept-ordered-set-parser">ordered set parser</see>). AngleSharp's
/// <c>ClassList</c> builds and keeps a token list on every element it is asked about; the rules that test every div or
/// link of a page for one token read the attribute instead.
/// </summary>
public static class AttributeTokens
{
    private static readonly char[] Separators = [' ', '\t', '\n', '\f', '\r'];

    /// <summary>True when one of the attribute's tokens is in <paramref name="names"/>.</summary>
    public static bool AnyIn(IElement element, string attributeName, HashSet<string> names)
    {
        var attribute = element.GetAttribute(attributeName);
        if (attribute is null)
        {
            return false;
        }

        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = attribute.AsSpan();
        foreach (var range in tokens.SplitAny(Separators))
        {
            if (!tokens[range].IsEmpty && lookup.Contains(tokens[range]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="name"/> is one of the attribute's tokens.</summary>
    public static bool Has(IElement element, string attributeName, string name)
    {
        var attribute = element.GetAttribute(attributeName);
        if (attribute is null)
        {
            return false;
        }

        var tokens = attribute.AsSpan();
        foreach (var range in tokens.SplitAny(Separators))
        {
            if (tokens[range].SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }
}
