namespace Gist.Media.Images;

/// <summary>The text read from an image or a scan, what read it ("Tesseract OCR", "the vision model gpt-4o"), and
/// anything the reader should know about the reading (pages skipped, a transcription replaced by OCR).</summary>
public sealed record ImageReading(string Text, string ReadBy, string? Note = null)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);
}
