using System.Buffers;

namespace Gist.Extraction.Budgets;

/// <summary>
/// Counts text-showing operators in content-stream bytes: "Tj", "TJ", "'" and "\"" standing as tokens (after
/// whitespace or a string/array end, before whitespace or a delimiter; ISO 32000-1 §7.2.2, §9.4.3). A vectorized
/// search jumps between the operators' last letters, so a stream of anything else costs almost nothing. An operator
/// cut by the edge of a chunk may be missed: the count is a budget, not an inventory.
/// </summary>
internal static class OperatorCounter
{
    private static readonly SearchValues<byte> LastLetters = SearchValues.Create("jJ'\""u8);

    public static int Count(ReadOnlySpan<byte> data)
    {
        var count = 0;
        var at = 0;
        while (at < data.Length)
        {
            var found = data[at..].IndexOfAny(LastLetters);
            if (found < 0)
            {
                break;
            }

            var p = at + found;
            at = p + 1;
            if (p + 1 < data.Length && !IsTokenEnd(data[p + 1]))
            {
                continue;
            }

            var twoLetter = data[p] is (byte)'j' or (byte)'J' && p >= 1 && data[p - 1] == 'T' && (p < 2 || IsTokenStart(data[p - 2]));
            var quote = data[p] is (byte)'\'' or (byte)'"' && (p < 1 || IsTokenStart(data[p - 1]));
            if (twoLetter || quote)
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsTokenEnd(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0 or (byte)'(' or (byte)'[' or (byte)'<' or (byte)'/';

    private static bool IsTokenStart(byte b) => IsTokenEnd(b) || b is (byte)')' or (byte)']' or (byte)'>';
}
