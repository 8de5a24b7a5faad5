namespace Gist.Extraction.Budgets.PdfFilters;

/// <summary>ASCIIHexDecode (ISO 32000-1 §7.4.2): pairs of hex digits, white space ignored, '>' ends the data, and a
/// lone final digit is followed by an implied 0.</summary>
internal sealed class AsciiHexDecodeStream(Stream source) : DecodingStream(source)
{
    private bool finished;

    protected override int Decode(Span<byte> destination)
    {
        var written = 0;
        var high = -1;
        while (!finished && written < destination.Length)
        {
            var b = NextByte();
            var digit = b switch
            {
                >= '0' and <= '9' => b - '0',
                >= 'a' and <= 'f' => b - 'a' + 10,
                >= 'A' and <= 'F' => b - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                if (b < 0 || b == '>')
                {
                    finished = true;
                }

                continue;
            }

            if (high < 0)
            {
                high = digit;
                continue;
            }

            destination[written++] = (byte)((high << 4) | digit);
            high = -1;
        }

        if (high >= 0)
        {
            destination[written++] = (byte)(high << 4);
        }

        return written;
    }
}
