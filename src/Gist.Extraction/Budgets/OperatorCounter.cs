namespace Gist.Extraction.Budgets;

/// <summary>
/// Counts text-showing operators in content-stream bytes fed one at a time: "Tj", "TJ", "'" and "\"" standing as
/// tokens (after whitespace or a string/array end, before whitespace or a delimiter; ISO 32000-1 §7.2.2, §9.4.3).
/// </summary>
internal sealed class OperatorCounter
{
    private byte previous2 = (byte)' ';
    private byte previous1 = (byte)' ';
    private byte previous0 = (byte)' ';

    public int Count { get; private set; }

    public int Push(byte current)
    {
        if (IsTokenEnd(current))
        {
            var twoLetter = previous1 == 'T' && previous0 is (byte)'j' or (byte)'J' && IsTokenStart(previous2);
            var quote = previous0 is (byte)'\'' or (byte)'"' && IsTokenStart(previous1);
            if (twoLetter || quote)
            {
                Count++;
            }
        }

        (previous2, previous1, previous0) = (previous1, previous0, current);
        return Count;
    }

    /// <summary>Streams are separate: a token never runs from one into the next.</summary>
    public void EndStream() => Push((byte)' ');

    private static bool IsTokenEnd(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0 or (byte)'(' or (byte)'[' or (byte)'<' or (byte)'/';

    private static bool IsTokenStart(byte b) => IsTokenEnd(b) || b is (byte)')' or (byte)']' or (byte)'>';
}
