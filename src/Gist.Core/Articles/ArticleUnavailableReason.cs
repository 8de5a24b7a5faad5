namespace Gist.Core.Articles;

public enum ArticleUnavailableReason
{
    /// <summary>The address is refused: scheme, port, or a private/reserved network.</summary>
    AddressNotAllowed,
    Timeout,
    /// <summary>The server answered with an error status (404, 500…).</summary>
    HttpError,
    NetworkError,
    /// <summary>The content type is not one the bot reads (image, video, archive…).</summary>
    UnsupportedContent,
    TooLarge,
    /// <summary>The page or file was read but holds no article text.</summary>
    NoArticle,
    /// <summary>The content is beyond the parsing budget (nesting, element count, decoded size, work or time).</summary>
    TooComplex,

    /// <summary>What reads this kind of input (an OCR program, ffmpeg, a transcription model) is not installed or not configured.</summary>
    ReaderNotAvailable,
}
