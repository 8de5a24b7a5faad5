using System.IO.Compression;
using System.Text;

namespace Gist.Testing.Hostile;

/// <summary>
/// The encoders of the PDF stream filters (ISO 32000-1 §7.4), written from the specification so that tests can build
/// PDFs whose streams use each filter: LZW (§7.4.4, EarlyChange 1), ASCII85 (§7.4.3), ASCIIHex (§7.4.2), run
/// length (§7.4.5) and Flate. The run forms encode a long run of one byte without holding it, for decompression bombs.
/// </summary>
public static class PdfStreamEncoder
{
    public static byte[] Flate(Action<Stream> content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var data = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionLevel.Fastest, leaveOpen: true))
        {
            content(zlib);
        }

        return data.ToArray();
    }

    public static byte[] Lzw(ReadOnlySpan<byte> data)
    {
        var codes = new List<int>();
        var table = new Dictionary<(int Prefix, byte Next), int>();
        var next = 258;
        var current = -1;
        foreach (var b in data)
        {
            if (current < 0)
            {
                current = b;
            }
            else if (table.TryGetValue((current, b), out var longer))
            {
                current = longer;
            }
            else
            {
                codes.Add(current);
                if (next < 4096)
                {
                    table[(current, b)] = next++;
                }

                current = b;
            }
        }

        if (current >= 0)
        {
            codes.Add(current);
        }

        return LzwBits(codes);
    }

    /// <summary>A run of <paramref name="count"/> copies of one byte: codes for strings of length 1, 2, 3… until the
    /// table is full (4,096 codes), then the longest string (3,839 bytes) again and again: about 2,500 times smaller.</summary>
    public static byte[] LzwRun(byte value, long count)
    {
        var codes = new List<int>();
        long left = count;
        for (var length = 1; left > 0; length = Math.Min(length + 1, 3839))
        {
            var take = (int)Math.Min(length, left);
            codes.Add(take == 1 ? value : 256 + take);
            left -= take;
        }

        return LzwBits(codes);
    }

    /// <summary>Writes codes MSB first, 9 bits growing to 12 one code early (after the encoder's table reaches
    /// 511, 1023, 2047 entries), then 257 (end of data).</summary>
    private static byte[] LzwBits(List<int> codes)
    {
        using var output = new MemoryStream();
        long bits = 0;
        var count = 0;
        var width = 9;
        var next = 258;
        void Put(int code)
        {
            bits = (bits << width) | (uint)code;
            count += width;
            while (count >= 8)
            {
                count -= 8;
                output.WriteByte((byte)(bits >> count));
            }
        }

        for (var i = 0; i < codes.Count; i++)
        {
            Put(codes[i]);
            if (i < codes.Count - 1 && next < 4096)
            {
                next++;
                if (next >= 1 << width && width < 12)
                {
                    width++;
                }
            }
        }

        Put(257);
        if (count > 0)
        {
            output.WriteByte((byte)(bits << (8 - count)));
        }

        return output.ToArray();
    }

    public static byte[] Ascii85(ReadOnlySpan<byte> data)
    {
        var text = new StringBuilder((data.Length * 5 / 4) + 8);
        Span<char> group = stackalloc char[5];
        for (var i = 0; i < data.Length; i += 4)
        {
            var n = Math.Min(4, data.Length - i);
            uint value = 0;
            for (var j = 0; j < 4; j++)
            {
                value = (value << 8) | (j < n ? data[i + j] : 0u);
            }

            if (value == 0 && n == 4)
            {
                text.Append('z');
                continue;
            }

            for (var j = 4; j >= 0; j--)
            {
                group[j] = (char)('!' + (value % 85));
                value /= 85;
            }

            text.Append(group[..(n + 1)]);
            if (text.Length % 80 < 5)
            {
                text.Append('\n');
            }
        }

        return Encoding.ASCII.GetBytes(text.Append("~>").ToString());
    }

    public static byte[] Hex(ReadOnlySpan<byte> data) => Encoding.ASCII.GetBytes(Convert.ToHexString(data) + ">");

    /// <summary>Run-length encoding of a run of one byte: 128 copies per two bytes, the filter's largest ratio (64).</summary>
    public static byte[] RunLengthRun(byte value, long count)
    {
        using var output = new MemoryStream();
        for (var left = count; left > 0; left -= 128)
        {
            var take = (int)Math.Min(128, left);
            if (take == 1)
            {
                output.WriteByte(0);
            }
            else
            {
                output.WriteByte((byte)(257 - take));
            }

            output.WriteByte(value);
        }

        output.WriteByte(128);
        return output.ToArray();
    }

    /// <summary>Run-length encoding as literal runs of up to 128 bytes (valid, never smaller).</summary>
    public static byte[] RunLength(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream();
        for (var i = 0; i < data.Length; i += 128)
        {
            var take = Math.Min(128, data.Length - i);
            output.WriteByte((byte)(take - 1));
            output.Write(data.Slice(i, take));
        }

        output.WriteByte(128);
        return output.ToArray();
    }
}
