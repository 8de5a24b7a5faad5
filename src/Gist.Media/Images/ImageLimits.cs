using Gist.Core.Articles;

namespace Gist.Media.Images;

/// <summary>The checks made on an image's header before any decoder sees it.</summary>
public static class ImageLimits
{
    /// <exception cref="ArticleUnavailableException">Not an image of a known format, or larger than allowed.</exception>
    public static ImageHeader Check(ReadOnlySpan<byte> image, string name, MediaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (ImageHeader.Read(image) is not { } header)
        {
            throw new ArticleUnavailableException(ArticleUnavailableReason.UnsupportedContent,
                $"{name} is not an image I can open: the file is damaged or not a PNG, JPEG, WebP, GIF, BMP or TIFF picture.");
        }

        if (header.Width > options.MaxImageSide || header.Height > options.MaxImageSide || header.Pixels > options.MaxImagePixels)
        {
            throw new ArticleUnavailableException(ArticleUnavailableReason.TooLarge,
                $"{name} is {header.Width:N0} × {header.Height:N0} pixels; I read images up to {options.MaxImagePixels / 1_000_000.0:0.#} megapixels "
                + $"and {options.MaxImageSide:N0} pixels a side. Send a smaller screenshot or crop it to the article.");
        }

        return header;
    }
}
