namespace Gist.Extraction.Budgets.PdfFilters;

/// <summary>
/// LZWDecode (ISO 32000-1 §7.4.4): 9- to 12-bit codes, most significant bit first; 256 clears the table, 257 ends the
/// data; with EarlyChange 1 (the default) the code width grows one code early. One code can stand for up to 4,096
/// bytes, so a small stream can expand thousands of times: it is measured, never held.
/// </summary>
internal sealed class LzwDecodeStream : DecodingStream
{
    private const int Clear = 256;
    private const int EndOfData = 257;
    private const int MaxCodes = 4096;

    private readonly int[] prefix = new int[MaxCodes];
    private readonly byte[] suffix = new byte[MaxCodes];
    private readonly byte[] first = new byte[MaxCodes];
    private readonly int[] lengths = new int[MaxCodes];
    private readonly int earlyChange;
    private int next;
    private int width;
    private int previous = -1;
    private int bits;
    private int bitCount;
    private bool finished;

    public LzwDecodeStream(Stream source, int earlyChange = 1)
        : base(source)
    {
        this.earlyChange = earlyChange;
        for (var i = 0; i < 256; i++)
        {
            suffix[i] = (byte)i;
            first[i] = (byte)i;
            lengths[i] = 1;
        }

        Reset();
    }

    protected override int Decode(Span<byte> destination)
    {
        var written = 0;
        while (!finished && written <= destination.Length - MaxCodes - 1)
        {
            var code = NextCode();
            if (code is < 0 or EndOfData)
            {
                finished = true;
                break;
            }

            if (code == Clear)
            {
                Reset();
                continue;
            }

            if (previous < 0)
            {
                if (code > 255)
                {
                    finished = true;
                    break;
                }

                destination[written++] = (byte)code;
                previous = code;
                continue;
            }

            if (code > next || code >= MaxCodes)
            {
                finished = true; // damaged data: the PDF reader stops here too
                break;
            }

            var known = code < next;
            var firstByte = known ? first[code] : first[previous];
            Add(previous, firstByte);
            written += Write(code, destination[written..]);
            previous = code;
        }

        return written;
    }

    private void Add(int prefixCode, byte last)
    {
        if (next >= MaxCodes)
        {
            return;
        }

        prefix[next] = prefixCode;
        suffix[next] = last;
        first[next] = first[prefixCode];
        lengths[next] = lengths[prefixCode] + 1;
        next++;
        if (next + earlyChange >= 1 << width && width < 12)
        {
            width++;
        }
    }

    private int Write(int code, Span<byte> destination)
    {
        var length = lengths[code];
        for (var i = length - 1; i >= 0; i--)
        {
            destination[i] = suffix[code];
            code = prefix[code];
        }

        return length;
    }

    private void Reset()
    {
        next = 258;
        width = 9;
        previous = -1;
    }

    private int NextCode()
    {
        while (bitCount < width)
        {
            var b = NextByte();
            if (b < 0)
            {
                return -1;
            }

            bits = (bits << 8) | b;
            bitCount += 8;
        }

        bitCount -= width;
        return (bits >> bitCount) & ((1 << width) - 1);
    }
}
