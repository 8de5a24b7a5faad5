using System.Globalization;
using Gist.Summarization.Gate;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gist.Media.Images;

/// <summary>
/// The image path: header checked (format, declared size), then read. With a vision model configured its
/// transcription is the text, checked against OCR where Tesseract is installed: when OCR confirms too little of it
/// (the model may have invented or "corrected" words), the OCR text is used instead, and the reply says so.
/// </summary>
public sealed class ImageTextReader(
    TesseractOcr ocr,
    IOptions<MediaOptions> options,
    ModelTextGate gate,
    ILogger<ImageTextReader> logger,
    VisionTranscriber? vision = null) : IImageTextReader
{
    /// <summary>Below this share of its words confirmed by OCR, a model's transcription is not trusted.</summary>
    public const double MinimumAgreement = 0.5;

    public async Task<ImageReading> ReadAsync(ReadOnlyMemory<byte> image, string name, CancellationToken cancellationToken)
    {
        var header = ImageLimits.Check(image.Span, name, options.Value);
        if (vision is null)
        {
            return new ImageReading(await ocr.ReadAsync(image, header, name, cancellationToken), TesseractOcr.Name);
        }

        // The model's transcription is model text like any other (ModelTextGate): invisible and bidi controls go, and
        // an address OCR did not also read is not passed on as one.
        var transcription = await vision.TranscribeAsync(image, header, cancellationToken);
        if (!ocr.IsInstalled)
        {
            return new ImageReading(gate.Clean(transcription, ModelTextSource.None), vision.ReadBy, "Not checked against OCR: Tesseract is not installed.");
        }

        var ocrText = await ocr.ReadAsync(image, header, name, cancellationToken);
        transcription = gate.Clean(transcription, ModelTextSource.Of(ocrText));
        if (string.IsNullOrWhiteSpace(transcription))
        {
            return new ImageReading(ocrText, TesseractOcr.Name, string.IsNullOrWhiteSpace(ocrText) ? null : "The vision model saw no text; this is what OCR read.");
        }

        var agreement = TextAgreement.ShareConfirmed(transcription, ocrText);
        logger.LogDebug("OCR confirms {Share:P0} of the vision model's transcription of {Name}", agreement, name);
        if (string.IsNullOrWhiteSpace(ocrText))
        {
            return new ImageReading(transcription, vision.ReadBy, "OCR found no text to check the model's transcription against.");
        }

        if (agreement >= MinimumAgreement)
        {
            return new ImageReading(transcription, vision.ReadBy);
        }

        return new ImageReading(ocrText, TesseractOcr.Name, string.Create(CultureInfo.InvariantCulture,
            $"The vision model's transcription was set aside: OCR confirmed only {agreement:P0} of its words."));
    }
}
