using AngleSharp.Dom;

namespace Gist.Extraction.Extraction;

/// <summary>
/// A node's text, as <c>TextContent</c> gives it (every text node below, in order), built once at its exact length:
/// AngleSharp's <c>TextContent</c> borrows a builder from a pool shared by all threads, under a lock, and the
/// clean-up rules ask for the text of most small blocks of a page.
/// </summary>
public static class NodeText
{
    public static string Of(INode node)
    {
        if (node is IText text)
        {
            return text.Data;
        }

        var length = TextLength.Of(node);
        return length == 0 ? string.Empty : string.Create(length, node, static (span, parent) => Fill(parent, span));
    }

    /// <summary>The start of the node's text, as much as fits in <paramref name="destination"/>; returns the length copied.</summary>
    public static int CopyPrefix(INode node, Span<char> destination)
    {
        var copied = 0;
        for (var child = node.FirstChild; child is not null && copied < destination.Length; child = child.NextSibling)
        {
            if (child is IText text)
            {
                var part = text.Data.AsSpan(0, Math.Min(text.Data.Length, destination.Length - copied));
                part.CopyTo(destination[copied..]);
                copied += part.Length;
            }
            else if (child is IElement)
            {
                copied += CopyPrefix(child, destination[copied..]);
            }
        }

        return copied;
    }

    private static int Fill(INode parent, Span<char> span)
    {
        var written = 0;
        for (var child = parent.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is IText text)
            {
                text.Data.CopyTo(span[written..]);
                written += text.Data.Length;
            }
            else if (child is IElement)
            {
                written += Fill(child, span[written..]);
            }
        }

        return written;
    }
}
