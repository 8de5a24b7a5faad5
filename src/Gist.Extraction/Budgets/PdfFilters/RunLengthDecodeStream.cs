namespace Gist.Extraction.Budgets.PdfFilters;

/// <summary>RunLengthDecode (ISO 32000-1 §7.4.5): a length byte 0–127 copies the next length + 1 bytes, 129–255
/// repeats the next byte 257 − length times, 128 ends the data. At most 64 times the input.</summary>
internal sealed class RunLengthDecodeStream(Stream source) : DecodingStream(source)
{
    private bool finished;

    protected override int Decode(Span<byte> destination)
    {
        var written = 0;
        while (!finished && written <= destination.Length - 128)
        {
            var length = NextByte();
            if (length is < 0 or 128)
            {
                finished = true;
                break;
            }

            if (length < 128)
            {
                for (var i = 0; i <= length; i++)
                {
                    var b = NextByte();
                    if (b < 0)
                    {
                        finished = true;
                        break;
                    }

                    destination[written++] = (byte)b;
                }

                continue;
            }

            var repeated = NextByte();
            if (repeated < 0)
            {
                finished = true;
                break;
            }

            destination.Slice(written, 257 - length).Fill((byte)repeated);
            written += 257 - length;
        }

        return written;
    }
}
