using Gist.Rendering.Html;

namespace Gist.Rendering.Splitting;

/// <summary>Chooses where the next part of an over-long block ends.</summary>
internal static class BlockCutter
{
    /// <summary>
    /// A boundary is taken only if the part it ends is at least this full; otherwise a blank line near the start of
    /// a long block would leave a nearly empty message. Any space beats cutting inside a word unless the word is huge.
    /// </summary>
    private static double MinimumFill(BoundaryKind kind) => kind switch
    {
        BoundaryKind.Paragraph or BoundaryKind.Line => 0.5,
        BoundaryKind.Sentence => 0.4,
        BoundaryKind.Word => 0.25,
        _ => 0,
    };

    /// <summary>
    /// Returns the unit index where the part that starts at <paramref name="start"/> should end, so that its visible
    /// length is at most <paramref name="visibleBudget"/> and its raw length (reopened and closing tags included)
    /// at most <paramref name="rawBudget"/> whenever one unit of text fits.
    /// </summary>
    public static int NextCut(List<CutUnit> units, IReadOnlyList<int> openAtStart, int start, int visibleBudget, int rawBudget)
    {
        var open = new Stack<int>(openAtStart);
        var raw = 0;
        var closing = 0;
        foreach (var unit in openAtStart)
        {
            raw += units[unit].Length;
            closing += units[unit].CloseTagLength;
        }

        Span<int> best = stackalloc int[(int)BoundaryKind.Paragraph + 1];
        Span<int> bestFill = stackalloc int[best.Length];
        best.Fill(-1);
        var visible = 0;
        var i = start;
        for (; i < units.Count; i++)
        {
            var unit = units[i];
            if (i > start && unit.Boundary != BoundaryKind.None)
            {
                best[(int)unit.Boundary] = i;
                bestFill[(int)unit.Boundary] = visible;
            }

            visible += unit.Visible;
            raw += unit.Length;
            if (unit.Kind == HtmlTokenKind.OpenTag)
            {
                open.Push(i);
                closing += unit.CloseTagLength;
            }
            else if (unit.Kind == HtmlTokenKind.CloseTag)
            {
                closing -= units[open.Pop()].CloseTagLength;
            }

            if (visible > visibleBudget || raw + closing > rawBudget)
            {
                break;
            }
        }

        if (i == units.Count)
        {
            return units.Count;
        }

        for (var kind = BoundaryKind.Paragraph; kind >= BoundaryKind.Grapheme; kind--)
        {
            if (best[(int)kind] >= 0 && bestFill[(int)kind] >= visibleBudget * MinimumFill(kind))
            {
                return best[(int)kind];
            }
        }

        var any = -1;
        foreach (var candidate in best)
        {
            any = Math.Max(any, candidate);
        }

        return any >= 0 ? any : FirstUnitAfterText(units, start);
    }

    /// <summary>The budget holds not even one character: take one anyway, so the split always moves forward.</summary>
    private static int FirstUnitAfterText(List<CutUnit> units, int start)
    {
        var i = start;
        while (i < units.Count && units[i].IsTag)
        {
            i++;
        }

        return Math.Min(i + 1, units.Count);
    }
}
