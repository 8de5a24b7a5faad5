using System.Buffers.Binary;
using Gist.Core.Articles;
using Gist.Media;
using Gist.Media.Images;

namespace Gist.Media.Tests;

public sealed class ImageHeaderTests
{
    private static readonly MediaOptions Defaults = new();

    internal static byte[] PngHeader(uint width, uint height)
    {
        var bytes = new byte[33];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }.CopyTo(bytes, 0);
        "IHDR"u8.CopyTo(bytes.AsSpan(12));
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(16), width);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(20), height);
        bytes[24] = 8;
        return bytes;
    }

    [Fact]
    public void A_png_header_gives_its_size()
    {
        var header = ImageHeader.Read(PngHeader(1200, 800));
        Assert.Equal(new ImageHeader(ImageFormat.Png, 1200, 800), header);
    }

    [Fact]
    public void A_jpeg_size_comes_from_its_frame_header_after_other_segments()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x4A, 0x46, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x02, 0x58, 0x03, 0x20, 0x03, 0, 0, 0, 0, 0, 0];
        Assert.Equal(new ImageHeader(ImageFormat.Jpeg, 800, 600), ImageHeader.Read(jpeg));
    }

    [Fact]
    public void A_gif_and_a_bmp_give_their_sizes()
    {
        byte[] gif = [.. "GIF89a"u8, 0x40, 0x01, 0xF0, 0x00, 0, 0];
        Assert.Equal(new ImageHeader(ImageFormat.Gif, 320, 240), ImageHeader.Read(gif));
        var bmp = new byte[30];
        "BM"u8.CopyTo(bmp);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(18), 640);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(22), -480);
        Assert.Equal(new ImageHeader(ImageFormat.Bmp, 640, 480), ImageHeader.Read(bmp));
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 })]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0x00, 0x12 })]
    [InlineData(new byte[0])]
    public void A_truncated_or_foreign_file_has_no_header(byte[] bytes) => Assert.Null(ImageHeader.Read(bytes));

    [Fact]
    public void A_decompression_bomb_is_refused_from_its_header_before_decoding()
    {
        var error = Assert.Throws<ArticleUnavailableException>(() => ImageLimits.Check(PngHeader(50_000, 50_000), "bomb.png", Defaults));
        Assert.Equal(ArticleUnavailableReason.TooLarge, error.Reason);
        Assert.Contains("50,000 × 50,000 pixels", error.UserMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_an_image_is_refused_by_name()
    {
        var error = Assert.Throws<ArticleUnavailableException>(() => ImageLimits.Check("not a picture at all"u8, "notes.png", Defaults));
        Assert.Equal(ArticleUnavailableReason.UnsupportedContent, error.Reason);
        Assert.StartsWith("notes.png is not an image I can open", error.UserMessage, StringComparison.Ordinal);
    }
}
