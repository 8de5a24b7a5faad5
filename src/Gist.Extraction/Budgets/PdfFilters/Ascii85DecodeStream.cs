namespace Gist.Extraction.Budgets.PdfFilters;

/// <summary>ASCII85Decode (ISO 32000-1 §7.4.3): five characters '!'–'u' give four bytes, 'z' gives four zeros,
/// white space is ignored, "~>" ends the data; a final group of n characters gives n − 1 bytes.</summary>
internal sealed class Ascii85DecodeStream(Stream source) : DecodingStream(source)
{
    private bool finished;

    protected override int Decode(Span<byte> destination)
    {
        var written = 0;
        Span<int> group = stackalloc int[5];
        while (!finished && written <= destination.Length - 4)
        {
            var count = 0;
            while (count < 5)
            {
                var b = NextByte();
                if (b < 0 || b == '~')
                {
                    finished = true;
                    break;
                }

                if (b == 'z' && count == 0)
                {
                    destination.Slice(written, 4).Clear();
                    written += 4;
                    break;
                }

                if (b is >= '!' and <= 'u')
                {
                    group[count++] = b - '!';
                }
            }

            if (count == 0)
            {
                continue;
            }

            for (var i = count; i < 5; i++)
            {
                group[i] = 'u' - '!';
            }

            uint value = 0;
            foreach (var digit in group)
            {
                value = unchecked((value * 85) + (uint)digit);
            }

            var bytes = count == 5 ? 4 : count - 1;
            for (var i = 0; i < bytes; i++)
            {
                destination[written++] = (byte)(value >> (24 - (8 * i)));
            }
        }

        return written;
    }
}
