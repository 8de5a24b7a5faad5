using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace Gist.Extraction.Budgets.PdfFilters;

/// <summary>
/// Opens a PDF stream's data through the filters its dictionary names (ISO 32000-1 §7.3.8.2, /Filter as a name or an
/// array, applied in order), as streams decoded a block at a time. Without a readable /Filter (an indirect one, say),
/// the data is sniffed: zlib, ASCII85 or hex. So a Flate bomb wrapped in ASCII85, or an LZW one, is measured as it
/// would be decoded rather than by its raw length. Image-only filters (DCT, JPX, CCITT, JBIG2) end the chain: reading
/// text never decodes them.
/// </summary>
internal static class PdfFilterChain
{
    private static readonly SearchValues<byte> NameEnds = SearchValues.Create(" \r\n\t\f/[]<>()"u8);
    private static readonly SearchValues<byte> HexText = SearchValues.Create("0123456789abcdefABCDEF \r\n\t\f>"u8);

    public static Stream Open(byte[] pdf, int start, int length, ReadOnlySpan<byte> dictionary)
    {
        Stream stream = new MemoryStream(pdf, start, length, writable: false);
        var filters = Names(dictionary) switch
        {
            null => Sniff(pdf.AsSpan(start, length), zlibOnly: true),
            { Count: 0 } => Sniff(pdf.AsSpan(start, length), zlibOnly: false),
            var named => named,
        };
        foreach (var filter in filters)
        {
            switch (filter)
            {
                case "FlateDecode" or "Fl":
                    stream = new ZLibStream(stream, CompressionMode.Decompress);
                    break;
                case "LZWDecode" or "LZW":
                    stream = new LzwDecodeStream(stream, dictionary.IndexOf("/EarlyChange 0"u8) >= 0 ? 0 : 1);
                    break;
                case "ASCII85Decode" or "A85":
                    stream = new Ascii85DecodeStream(stream);
                    break;
                case "ASCIIHexDecode" or "AHx":
                    stream = new AsciiHexDecodeStream(stream);
                    break;
                case "RunLengthDecode" or "RL":
                    stream = new RunLengthDecodeStream(stream);
                    break;
                default:
                    return stream;
            }
        }

        return stream;
    }

    /// <summary>The names after /Filter; null without /Filter, empty when it is not written out (a reference).</summary>
    private static List<string>? Names(ReadOnlySpan<byte> dictionary)
    {
        var at = dictionary.IndexOf("/Filter"u8);
        if (at < 0)
        {
            return null;
        }

        var rest = dictionary[(at + "/Filter".Length)..].TrimStart(" \r\n\t\f"u8);
        var array = rest.Length > 0 && rest[0] == '[';
        var end = array ? rest.IndexOf((byte)']') : rest.Length;
        var names = new List<string>();
        var span = array ? rest[1..Math.Max(1, end)] : rest;
        while (true)
        {
            span = span.TrimStart(" \r\n\t\f"u8);
            if (span.Length == 0 || span[0] != '/')
            {
                break;
            }

            var nameEnd = span[1..].IndexOfAny(NameEnds);
            var name = nameEnd < 0 ? span[1..] : span[1..(nameEnd + 1)];
            names.Add(Encoding.ASCII.GetString(name));
            span = nameEnd < 0 ? [] : span[(nameEnd + 1)..];
            if (!array)
            {
                break;
            }
        }

        return names;
    }

    /// <summary>Guesses the filters of data whose dictionary does not say. Without any /Filter the PDF reader takes the
    /// bytes as they are, so only zlib (an over-estimate, never an under-estimate) is tried; behind an unreadable
    /// /Filter, ASCII85 and hex (each usually wrapping Flate) are tried too.</summary>
    private static List<string> Sniff(ReadOnlySpan<byte> data, bool zlibOnly)
    {
        var head = data[..Math.Min(data.Length, 512)].TrimStart(" \r\n\t\f"u8);
        if (head.Length >= 2 && (head[0] & 0x0F) == 8 && ((head[0] << 8) | head[1]) % 31 == 0)
        {
            return ["FlateDecode"]; // RFC 1950 §2.2: deflate, the two bytes a multiple of 31
        }

        if (zlibOnly)
        {
            return [];
        }

        if (head.Length >= 16 && head.IndexOfAnyExcept(HexText) < 0)
        {
            return ["ASCIIHexDecode", "FlateDecode"];
        }

        if (head.Length >= 16 && IsAscii85Only(head))
        {
            return ["ASCII85Decode", "FlateDecode"];
        }

        return [];
    }

    private static bool IsAscii85Only(ReadOnlySpan<byte> head)
    {
        foreach (var b in head)
        {
            if (b is not ((>= (byte)'!' and <= (byte)'u') or (byte)'z' or (byte)'~' or (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t'))
            {
                return false;
            }
        }

        return true;
    }
}
