using Gist.Rendering.Html;

namespace Gist.Rendering.Splitting;

/// <summary>What the splitter needs to know about a whole block before packing it: sizes, and that it is sound.</summary>
internal readonly record struct BlockMeasure(int Visible, int Raw, bool HasContent)
{
    /// <summary>
    /// Measures a block and checks it is balanced Telegram HTML: only Bot API tags, every tag closed in order,
    /// every '&lt;', '&gt;' and '&amp;' part of a tag or entity. Throws <see cref="ArgumentException"/> otherwise.
    /// </summary>
    public static BlockMeasure Of(string block)
    {
        var visible = 0;
        var hasContent = false;
        var open = new Stack<string>();
        for (var pos = 0; pos < block.Length;)
        {
            var token = HtmlScanner.Read(block, pos, strict: true);
            switch (token.Kind)
            {
                case HtmlTokenKind.OpenTag:
                    RequireAllowed(token.TagName!);
                    open.Push(token.TagName!);
                    break;
                case HtmlTokenKind.CloseTag:
                    if (open.Count == 0 || open.Pop() != token.TagName)
                    {
                        throw new ArgumentException($"Unbalanced </{token.TagName}> at offset {pos}.", nameof(block));
                    }

                    break;
                case HtmlTokenKind.Entity:
                    hasContent |= !char.IsWhiteSpace(token.DecodedChar);
                    break;
                default:
                    hasContent |= !block.AsSpan(token.Start, token.Length).IsWhiteSpace();
                    break;
            }

            visible += token.VisibleLength;
            pos = token.End;
        }

        if (open.Count > 0)
        {
            throw new ArgumentException($"<{open.Peek()}> is never closed.", nameof(block));
        }

        return new BlockMeasure(visible, block.Length, hasContent);
    }

    internal static void RequireAllowed(string tagName)
    {
        if (!TelegramTags.IsAllowed(tagName))
        {
            throw new ArgumentException($"<{tagName}> is not a tag the Bot API accepts.", nameof(tagName));
        }
    }
}
