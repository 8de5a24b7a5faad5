namespace Gist.Media.Images;

/// <summary>Reads the text in an image: the vision model when one is configured (checked against OCR), else OCR.</summary>
public interface IImageTextReader
{
    /// <exception cref="Core.Articles.ArticleUnavailableException">The image is refused or unreadable, or nothing
    /// that reads images is installed; the message says which, in words fit for the chat.</exception>
    Task<ImageReading> ReadAsync(ReadOnlyMemory<byte> image, string name, CancellationToken cancellationToken);
}
