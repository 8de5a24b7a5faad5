using System.ComponentModel.DataAnnotations;

namespace Gist.Media;

/// <summary>Configuration section "Media": the programs that read images, scans and speech, and the limits they run under.</summary>
public sealed class MediaOptions
{
    public const string SectionName = "Media";

    /// <summary>The Tesseract executable (Media__TesseractPath): a name looked up on PATH, or a full path.</summary>
    [Required]
    public string TesseractPath { get; set; } = "tesseract";

    /// <summary>Tesseract languages tried together (Media__OcrLanguages), '+'-separated traineddata names; the ones not installed are skipped.</summary>
    [Required]
    [RegularExpression(@"^[a-z_]+(\+[a-z_]+)*$", ErrorMessage = "Media__OcrLanguages must be Tesseract language names joined by '+', e.g. eng+ara.")]
    public string OcrLanguages { get; set; } = "eng+ara+fas+rus+chi_sim";

    /// <summary>ffmpeg (Media__FfmpegPath): converts audio the transcription endpoint cannot take and takes the sound out of videos.</summary>
    [Required]
    public string FfmpegPath { get; set; } = "ffmpeg";

    /// <summary>pdftoppm from poppler-utils (Media__PdftoppmPath): renders scanned PDF pages to images for OCR.</summary>
    [Required]
    public string PdftoppmPath { get; set; } = "pdftoppm";

    /// <summary>Time one run of an external program (one OCR page, one conversion) may take (Media__ProcessTimeoutSeconds).</summary>
    [Range(1, 600)]
    public int ProcessTimeoutSeconds { get; set; } = 60;

    /// <summary>Address space one external program may use, in MB (Media__ProcessMemoryMegabytes; applied with prlimit).</summary>
    [Range(64, 16_384)]
    public int ProcessMemoryMegabytes { get; set; } = 1024;

    /// <summary>Largest image, audio or video file downloaded (Media__MaxFileBytes; Telegram lets bots download 20 MB).</summary>
    [Range(1, 20 * 1024 * 1024)]
    public int MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Most pixels an image may declare in its header before it is decoded (Media__MaxImagePixels): stops decompression bombs.</summary>
    [Range(10_000, 200_000_000)]
    public long MaxImagePixels { get; set; } = 40_000_000;

    /// <summary>Longest side of an image in pixels (Media__MaxImageSide).</summary>
    [Range(100, 100_000)]
    public int MaxImageSide { get; set; } = 12_000;

    /// <summary>Pages of a scanned PDF read with OCR (Media__MaxScannedPages); the rest are named as skipped.</summary>
    [Range(1, 100)]
    public int MaxScannedPages { get; set; } = 10;

    /// <summary>Longest text kept from one image or page, in characters (Media__MaxTextCharacters).</summary>
    [Range(1000, 1_000_000)]
    public int MaxTextCharacters { get; set; } = 60_000;

    /// <summary>Longest voice note or audio file transcribed, in seconds (Media__MaxAudioSeconds).</summary>
    [Range(1, 14_400)]
    public int MaxAudioSeconds { get; set; } = 1200;

    /// <summary>Longest video or video note whose speech is transcribed, in seconds (Media__MaxVideoSeconds).</summary>
    [Range(1, 14_400)]
    public int MaxVideoSeconds { get; set; } = 600;
}
