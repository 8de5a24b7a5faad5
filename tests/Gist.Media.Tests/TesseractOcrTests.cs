using Gist.Core.Articles;
using Gist.Core.Summaries;
using Gist.Media.Images;
using Gist.Summarization.Verification;
using Gist.Testing.Media;

namespace Gist.Media.Tests;

/// <summary>Real Tesseract on images rendered in the test: the text comes back well enough that quotes from it verify.</summary>
public sealed class TesseractOcrTests
{
    private static readonly ClaimVerifier Verifier = new();

    /// <summary>English only: loading every default language pack costs seconds a run, and the Arabic test uses the defaults.</summary>
    private static readonly MediaOptions EnglishOnly = new() { OcrLanguages = "eng" };

    private static IReadOnlyList<Claim> Claims(IEnumerable<string> evidence) =>
        evidence.Select(e => new Claim("claim", "speaker", "statement", e)).ToList();

    [RequiresProgramsFact("tesseract", "convert")]
    public async Task Arabic_text_in_a_screenshot_is_read_and_quotes_from_the_article_verify_against_it()
    {
        var png = await TestMedia.RenderTextPngAsync(ArticleTexts.Arabic, font: "Noto Naskh Arabic");

        var reading = await MediaServices.Reader().ReadAsync(png, "screenshot.png", CancellationToken.None);

        Assert.Equal(TesseractOcr.Name, reading.ReadBy);
        Assert.Contains("بلينكن", reading.Text, StringComparison.Ordinal);
        var verification = Verifier.Verify(Claims(ArticleTexts.ArabicEvidence), reading.Text);
        Assert.True(verification.Kept.Count == ArticleTexts.ArabicEvidence.Length,
            "Not verified: " + string.Join(" | ", verification.Rejected.Select(r => r.Claim.Evidence)) + "\nOCR text: " + reading.Text);
    }

    [RequiresProgramsFact("tesseract", "convert")]
    public async Task English_text_in_a_jpeg_photo_is_read_into_paragraphs()
    {
        var jpeg = await TestMedia.ToJpegAsync(await TestMedia.RenderTextPngAsync(ArticleTexts.English, width: 900));

        var reading = await MediaServices.Reader(EnglishOnly).ReadAsync(jpeg, "photo", CancellationToken.None);

        var verification = Verifier.Verify(Claims(ArticleTexts.EnglishEvidence), reading.Text);
        Assert.True(verification.Rejected.Count == 0, "OCR text: " + reading.Text);
        Assert.Equal(2, reading.Text.Split('\n').Length);
    }

    [RequiresProgramsFact("tesseract")]
    public async Task An_image_whose_header_is_fine_but_whose_data_is_damaged_gets_a_clear_refusal()
    {
        var damaged = ImageHeaderTests.PngHeader(800, 600).Concat(Enumerable.Repeat((byte)0x5A, 4000)).ToArray();

        var error = await Assert.ThrowsAsync<ArticleUnavailableException>(() => MediaServices.Reader(EnglishOnly).ReadAsync(damaged, "damaged.png", CancellationToken.None));

        Assert.Equal(ArticleUnavailableReason.UnsupportedContent, error.Reason);
        Assert.StartsWith("damaged.png could not be decoded", error.UserMessage, StringComparison.Ordinal);
    }

    [RequiresProgramsFact("convert")]
    public async Task A_huge_image_is_refused_before_it_is_decoded()
    {
        // A real PNG, allowed here only 100 pixels a side: the refusal names its size and Tesseract never runs.
        var png = await TestMedia.RenderTextPngAsync("Headline", width: 400);
        var options = new MediaOptions { MaxImageSide = 100, TesseractPath = "/nonexistent/tesseract" };

        var error = await Assert.ThrowsAsync<ArticleUnavailableException>(() => MediaServices.Reader(options).ReadAsync(png, "poster.png", CancellationToken.None));

        Assert.Equal(ArticleUnavailableReason.TooLarge, error.Reason);
        Assert.Contains("poster.png is 460 ×", error.UserMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_tesseract_an_image_gets_an_answer_naming_what_to_install()
    {
        var options = new MediaOptions { TesseractPath = "/nonexistent/tesseract" };

        var error = await Assert.ThrowsAsync<ArticleUnavailableException>(() =>
            MediaServices.Reader(options).ReadAsync(ImageHeaderTests.PngHeader(400, 300), "photo", CancellationToken.None));

        Assert.Equal(ArticleUnavailableReason.ReaderNotAvailable, error.Reason);
        Assert.Contains("apt-get install tesseract-ocr tesseract-ocr-ara", error.UserMessage, StringComparison.Ordinal);
        Assert.Contains("Llm__VisionModel", error.UserMessage, StringComparison.Ordinal);
    }

    [RequiresProgramsFact("tesseract", "convert")]
    public async Task A_picture_without_text_reads_as_empty()
    {
        var png = await TestMedia.RenderTextPngAsync(" ", width: 300);

        var reading = await MediaServices.Reader(EnglishOnly).ReadAsync(png, "sunset.png", CancellationToken.None);

        Assert.True(reading.IsEmpty, reading.Text);
    }
}
