using System.Text;
using Gist.Rendering.Html;

namespace Gist.Rendering.Splitting;

/// <summary>
/// Turns units [start, end) of a block into balanced HTML that stands alone: tags open at the cut are reopened
/// before and closed after, whitespace at the cut is trimmed (Telegram trims it anyway), and formatting left with
/// no text inside (a tag opened just before the cut) is dropped rather than sent empty.
/// </summary>
internal static class PartAssembler
{
    /// <returns>The part, or an empty string when the units hold nothing but whitespace and tags.</returns>
    public static string Assemble(string block, List<CutUnit> units, IReadOnlyList<int> openAtStart, int start, int end)
    {
        var events = new List<(int Unit, bool SyntheticClose)>(end - start + 2 * openAtStart.Count);
        var open = new Stack<int>(openAtStart);
        foreach (var unit in openAtStart)
        {
            events.Add((unit, false));
        }

        for (var i = start; i < end; i++)
        {
            events.Add((i, false));
            if (units[i].Kind == HtmlTokenKind.OpenTag) { open.Push(i); }
            else if (units[i].Kind == HtmlTokenKind.CloseTag) { open.Pop(); }
        }

        while (open.Count > 0)
        {
            events.Add((open.Pop(), true));
        }

        var first = events.FindIndex(e => IsContent(units[e.Unit]));
        if (first < 0)
        {
            return string.Empty;
        }

        var last = events.FindLastIndex(e => IsContent(units[e.Unit]));
        return Write(block, units, events, first, last);
    }

    private static bool IsContent(CutUnit unit) => !unit.IsTag && !unit.IsWhitespace;

    private static string Write(
        string block, List<CutUnit> units, List<(int Unit, bool SyntheticClose)> events, int first, int last)
    {
        // Output pieces; an opening tag is written only if text follows before its closing tag.
        var pieces = new List<(int Unit, bool SyntheticClose, bool Removed)>(events.Count);
        var opened = new Stack<(int Piece, int TextCount)>();
        var textCount = 0;
        for (var i = 0; i < events.Count; i++)
        {
            var (index, synthetic) = events[i];
            var unit = units[index];
            if (!unit.IsTag)
            {
                if (i >= first && i <= last)
                {
                    pieces.Add((index, false, false));
                    textCount++;
                }
            }
            else if (unit.Kind == HtmlTokenKind.OpenTag && !synthetic)
            {
                opened.Push((pieces.Count, textCount));
                pieces.Add((index, false, false));
            }
            else
            {
                var (piece, countAtOpen) = opened.Pop();
                if (countAtOpen == textCount)
                {
                    pieces[piece] = pieces[piece] with { Removed = true };
                }
                else
                {
                    pieces.Add((index, synthetic, false));
                }
            }
        }

        var html = new StringBuilder();
        foreach (var (index, synthetic, removed) in pieces)
        {
            if (removed) { continue; }

            var unit = units[index];
            if (synthetic) { html.Append("</").Append(unit.TagName).Append('>'); }
            else { html.Append(block, unit.Start, unit.Length); }
        }

        return html.ToString();
    }
}
