using System.Buffers.Binary;

namespace Gist.Media.Images;

/// <summary>
/// An image's format and declared size, read from its first bytes without decoding a pixel, so a decompression bomb
/// (a tiny file declaring a huge canvas) or a file that is no image at all is refused before any decoder sees it.
/// Layouts: PNG IHDR (RFC 2083 §4.1.1), JPEG SOFn (ITU T.81 B.2.2), GIF logical screen, BMP info header,
/// WebP VP8/VP8L/VP8X (RFC 9649), TIFF image width/length tags (TIFF 6.0 §8).
/// </summary>
public sealed record ImageHeader(ImageFormat Format, int Width, int Height)
{
    public long Pixels => (long)Width * Height;

    public string MediaType => Format switch
    {
        ImageFormat.Png => "image/png",
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Gif => "image/gif",
        ImageFormat.Bmp => "image/bmp",
        ImageFormat.WebP => "image/webp",
        _ => "image/tiff",
    };

    public string Extension => Format switch
    {
        ImageFormat.Png => ".png",
        ImageFormat.Jpeg => ".jpg",
        ImageFormat.Gif => ".gif",
        ImageFormat.Bmp => ".bmp",
        ImageFormat.WebP => ".webp",
        _ => ".tif",
    };

    /// <returns>The header, or null when the bytes are not a complete header of a known format.</returns>
    public static ImageHeader? Read(ReadOnlySpan<byte> data)
    {
        try
        {
            return data switch
            {
                [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => Png(data),
                [0xFF, 0xD8, 0xFF, ..] => Jpeg(data),
                [0x47, 0x49, 0x46, 0x38, ..] => Sized(ImageFormat.Gif, BinaryPrimitives.ReadUInt16LittleEndian(data[6..]), BinaryPrimitives.ReadUInt16LittleEndian(data[8..])),
                [0x42, 0x4D, ..] => Sized(ImageFormat.Bmp, BinaryPrimitives.ReadInt32LittleEndian(data[18..]), Math.Abs((long)BinaryPrimitives.ReadInt32LittleEndian(data[22..]))),
                [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => WebP(data),
                [0x49, 0x49, 0x2A, 0x00, ..] => Tiff(data, littleEndian: true),
                [0x4D, 0x4D, 0x00, 0x2A, ..] => Tiff(data, littleEndian: false),
                _ => null,
            };
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or OverflowException)
        {
            return null; // The file ends inside its own header.
        }
    }

    private static ImageHeader? Png(ReadOnlySpan<byte> data) =>
        data[12..16].SequenceEqual("IHDR"u8)
            ? Sized(ImageFormat.Png, BinaryPrimitives.ReadUInt32BigEndian(data[16..]), BinaryPrimitives.ReadUInt32BigEndian(data[20..]))
            : null;

    private static ImageHeader? Jpeg(ReadOnlySpan<byte> data)
    {
        var at = 2;
        while (at + 9 < data.Length)
        {
            if (data[at] != 0xFF)
            {
                return null;
            }

            var marker = data[at + 1];
            if (marker == 0xFF)
            {
                at++; // Fill byte.
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(at + 2)..]);
            var isFrame = marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC);
            if (isFrame)
            {
                return Sized(ImageFormat.Jpeg, BinaryPrimitives.ReadUInt16BigEndian(data[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(data[(at + 5)..]));
            }

            at += 2 + length;
        }

        return null;
    }

    private static ImageHeader? WebP(ReadOnlySpan<byte> data)
    {
        var chunk = data[12..16];
        if (chunk.SequenceEqual("VP8X"u8))
        {
            return Sized(ImageFormat.WebP, 1 + (data[24] | (data[25] << 8) | (data[26] << 16)), 1 + (data[27] | (data[28] << 8) | (data[29] << 16)));
        }

        if (chunk.SequenceEqual("VP8L"u8))
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[21..]);
            return Sized(ImageFormat.WebP, 1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF));
        }

        return chunk.SequenceEqual("VP8 "u8)
            ? Sized(ImageFormat.WebP, BinaryPrimitives.ReadUInt16LittleEndian(data[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(data[28..]) & 0x3FFF)
            : null;
    }

    private static ImageHeader? Tiff(ReadOnlySpan<byte> data, bool littleEndian)
    {
        var directory = checked((int)U32(data, 4, littleEndian));
        var count = U16(data, directory, littleEndian);
        long width = 0, height = 0;
        for (var i = 0; i < count; i++)
        {
            var entry = directory + 2 + (i * 12);
            var value = U16(data, entry + 2, littleEndian) == 3 ? U16(data, entry + 8, littleEndian) : U32(data, entry + 8, littleEndian);
            switch (U16(data, entry, littleEndian))
            {
                case 256: width = value; break;
                case 257: height = value; break;
            }
        }

        return Sized(ImageFormat.Tiff, width, height);
    }

    private static uint U32(ReadOnlySpan<byte> data, int at, bool littleEndian) =>
        littleEndian ? BinaryPrimitives.ReadUInt32LittleEndian(data[at..]) : BinaryPrimitives.ReadUInt32BigEndian(data[at..]);

    private static ushort U16(ReadOnlySpan<byte> data, int at, bool littleEndian) =>
        littleEndian ? BinaryPrimitives.ReadUInt16LittleEndian(data[at..]) : BinaryPrimitives.ReadUInt16BigEndian(data[at..]);

    private static ImageHeader? Sized(ImageFormat format, long width, long height) =>
        width is > 0 and <= int.MaxValue && height is > 0 and <= int.MaxValue ? new ImageHeader(format, (int)width, (int)height) : null;
}
