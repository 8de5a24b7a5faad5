using AngleSharp.Dom;

namespace Gist.Extraction.Extraction;

/// <summary>Whether an inline element sits inside a sentence, so removing it would cut words out of the text.</summary>
public static class InlineProse
{
    // Words on either side, except a label before it ("Filed under: <a>…</a> |" is a tag line, not a sentence).
    public static bool Contains(IElement element) =>
        (HasLetters(element.PreviousSibling) && !element.PreviousSibling!.TextContent.TrimEnd().EndsWith(':') && !element.PreviousSibling.TextContent.TrimEnd().EndsWith('：'))
        || HasLetters(element.NextSibling);

    private static bool HasLetters(INode? node) =>
        node is { NodeType: NodeType.Text } && node.TextContent.Any(char.IsLetter);
}
