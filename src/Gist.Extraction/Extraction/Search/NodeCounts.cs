namespace Gist.Extraction.Extraction.Search;

/// <summary>
/// What the article search needs to know of an element's subtree, counted once: Readability asks for the text of
/// a subtree at every node it judges, which costs text × depth in strings (docs/EXTRACTION.md).
/// </summary>
public sealed class NodeCounts
{
    /// <summary>Text length with runs of white space counted as one character.</summary>
    public int Chars { get; set; }

    /// <summary>The part of <see cref="Chars"/> inside links.</summary>
    public int LinkChars { get; set; }

    /// <summary>Commas of any script (Latin, Arabic, CJK): a sign of running prose.</summary>
    public int Commas { get; set; }

    public int Paragraphs { get; set; }

    public int Images { get; set; }

    public int ListItems { get; set; }

    /// <summary>Text inside headings (h1–h6).</summary>
    public int HeadingChars { get; set; }

    /// <summary>Text inside lists (ul, ol).</summary>
    public int ListChars { get; set; }

    public int Embeds { get; set; }

    /// <summary>True when a block element (div, p, list, table…) is below: an element without one reads as a paragraph.</summary>
    public bool HasBlock { get; set; }

    /// <summary>The candidate score (set once the element is an ancestor of a scored paragraph).</summary>
    public double Score { get; set; }

    public bool IsCandidate { get; set; }

    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;

    /// <summary>Adds (sign 1) or takes away (sign -1) a child's counts, the child being an element named <paramref name="childName"/>.</summary>
    public void Add(NodeCounts child, string childName, int sign = 1)
    {
        Chars += sign * child.Chars;
        LinkChars += sign * child.LinkChars;
        Commas += sign * child.Commas;
        Paragraphs += sign * (child.Paragraphs + (childName == "p" ? 1 : 0));
        Images += sign * (child.Images + (childName == "img" ? 1 : 0));
        ListItems += sign * (child.ListItems + (childName == "li" ? 1 : 0));
        HeadingChars += sign * (childName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" ? child.Chars : child.HeadingChars);
        ListChars += sign * (childName is "ul" or "ol" ? child.Chars : child.ListChars);
        Embeds += sign * (child.Embeds + (childName is "object" or "embed" or "iframe" or "video" ? 1 : 0));
    }
}
