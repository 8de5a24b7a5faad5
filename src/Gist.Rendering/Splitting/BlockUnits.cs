using System.Globalization;
using Gist.Rendering.Html;

namespace Gist.Rendering.Splitting;

/// <summary>
/// Breaks a block (already checked by <see cref="BlockMeasure"/>) into <see cref="CutUnit"/>s and rates every
/// place between them: blank line, line break, sentence end, space, grapheme boundary (UAX #29, via
/// <see cref="StringInfo"/>), or only a code point boundary inside a grapheme.
/// </summary>
internal sealed class BlockUnits
{
    private readonly List<CutUnit> units;
    private char previous;
    private char beforePrevious;
    private bool lastWordEndsSentence;

    private BlockUnits(int capacity) => units = new List<CutUnit>(capacity);

    public static List<CutUnit> Build(string block)
    {
        var builder = new BlockUnits(block.Length);
        for (var pos = 0; pos < block.Length;)
        {
            var token = HtmlScanner.Read(block, pos, strict: true);
            switch (token.Kind)
            {
                case HtmlTokenKind.OpenTag or HtmlTokenKind.CloseTag:
                    builder.units.Add(new CutUnit(
                        token.Kind, token.Start, token.Length, 0, false, BoundaryKind.None, token.TagName));
                    break;
                case HtmlTokenKind.Entity:
                    builder.AddCharacter(token, token.DecodedChar, graphemeStart: true);
                    break;
                default:
                    builder.AddText(block, token.Start, token.End);
                    break;
            }

            pos = token.End;
        }

        return builder.units;
    }

    private void AddText(string block, int start, int end)
    {
        var nextGrapheme = start;
        for (var i = start; i < end;)
        {
            var graphemeStart = i == nextGrapheme;
            if (graphemeStart)
            {
                nextGrapheme = i + StringInfo.GetNextTextElementLength(block.AsSpan(i, end - i));
            }

            var length = char.IsHighSurrogate(block[i]) && i + 1 < end && char.IsLowSurrogate(block[i + 1]) ? 2 : 1;
            AddCharacter(new HtmlToken(HtmlTokenKind.Text, i, length, length), block[i], graphemeStart);
            i += length;
        }
    }

    private void AddCharacter(HtmlToken token, char c, bool graphemeStart)
    {
        var whitespace = char.IsWhiteSpace(c);
        units.Add(new CutUnit(token.Kind, token.Start, token.Length, token.VisibleLength, whitespace,
            Rate(c, whitespace, graphemeStart)));

        beforePrevious = previous;
        previous = c;
        if (!whitespace)
        {
            lastWordEndsSentence = IsSentenceEnd(c) || (lastWordEndsSentence && IsClosingPunctuation(c));
        }
    }

    private BoundaryKind Rate(char c, bool whitespace, bool graphemeStart)
    {
        if (!graphemeStart)
        {
            return BoundaryKind.CodePoint;
        }

        if (previous == '\n')
        {
            return beforePrevious == '\n' ? BoundaryKind.Paragraph : BoundaryKind.Line;
        }

        if (char.IsWhiteSpace(previous) && !whitespace)
        {
            return lastWordEndsSentence ? BoundaryKind.Sentence : BoundaryKind.Word;
        }

        // Chinese and Japanese put no space after a full stop.
        return previous is '。' or '！' or '？' ? BoundaryKind.Sentence : BoundaryKind.Grapheme;
    }

    /// <summary>Full stops of Latin, Arabic (؟), Urdu (۔), Devanagari (।), CJK and the ellipsis.</summary>
    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '…' or '؟' or '۔' or '।' or '。' or '！' or '？';

    /// <summary>Quotes and brackets that may follow a full stop: «…» “…” (…).</summary>
    private static bool IsClosingPunctuation(char c) => c is '"' or '\'' or '»' or '”' or '’' or ')' or ']' or '›';
}
