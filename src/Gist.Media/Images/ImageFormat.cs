namespace Gist.Media.Images;

/// <summary>Image formats whose header the bot reads before handing the file to a decoder.</summary>
public enum ImageFormat
{
    Png,
    Jpeg,
    Gif,
    Bmp,
    WebP,
    Tiff,
}
