using System.Globalization;
using Gist.Core.Articles;
using Gist.Media.Images;
using Gist.Media.Processes;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;

namespace Gist.Media.Pdf;

/// <summary>
/// A PDF without a text layer (a scan): its first pages (Media__MaxScannedPages) are rendered to images with
/// poppler's pdftoppm (https://manpages.debian.org/bookworm/poppler-utils/pdftoppm.1.en.html), 200 dpi grey, a page
/// at a time, and each image read like a photo. Pages are joined in order; the note names the pages skipped.
/// </summary>
public sealed class ScannedPdfReader(BoundedProcessRunner runner, TesseractOcr ocr, IOptions<MediaOptions> options)
{
    public async Task<ImageReading> ReadAsync(byte[] pdf, string name, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var pdftoppm = ExecutableLocator.Find(settings.PdftoppmPath) ?? throw new ArticleUnavailableException(ArticleUnavailableReason.ReaderNotAvailable,
            $"{name} is a scan (its pages are pictures, with no text layer), and reading scans needs pdftoppm, which is not installed on the bot's server. "
            + "The bot's operator can install it (Debian/Ubuntu: apt-get install poppler-utils).");
        var pages = PageCount(pdf, name);
        var read = Math.Min(pages, settings.MaxScannedPages);
        var folder = Directory.CreateTempSubdirectory("gist-scan-");
        try
        {
            var file = Path.Combine(folder.FullName, "scan.pdf");
            await File.WriteAllBytesAsync(file, pdf, cancellationToken);
            var texts = new List<string>(read);
            for (var page = 1; page <= read; page++)
            {
                var number = page.ToString(CultureInfo.InvariantCulture);
                var prefix = Path.Combine(folder.FullName, "page" + number);
                var outcome = await runner.RunAsync(pdftoppm, ["-r", "200", "-gray", "-png", "-singlefile", "-f", number, "-l", number, file, prefix],
                    new ProcessLimits(TimeSpan.FromSeconds(settings.ProcessTimeoutSeconds), settings.ProcessMemoryMegabytes * 1024L * 1024L, 4096), cancellationToken);
                if (!outcome.Succeeded || !File.Exists(prefix + ".png"))
                {
                    throw new ArticleUnavailableException(outcome.TimedOut ? ArticleUnavailableReason.Timeout : ArticleUnavailableReason.UnsupportedContent,
                        $"Page {number} of {name} could not be turned into an image to read" + (outcome.TimedOut ? " in time." : ": the PDF is damaged."));
                }

                ImageLimits.Check(await File.ReadAllBytesAsync(prefix + ".png", cancellationToken), $"page {number} of {name}", settings);
                texts.Add(await ocr.ReadFileAsync(prefix + ".png", $"page {number} of {name}", cancellationToken));
                File.Delete(prefix + ".png");
            }

            var first = read == 1 ? "page 1" : $"pages 1–{read}";
            var note = pages > read
                ? $"Only {first} of {pages} {(read == 1 ? "was" : "were")} read (the limit is {settings.MaxScannedPages} page{(settings.MaxScannedPages == 1 ? "" : "s")})."
                : pages == 1 ? "Its one page was read." : $"All {pages} pages were read.";
            return new ImageReading(string.Join('\n', texts.Where(t => t.Length > 0)), TesseractOcr.Name, note);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static int PageCount(byte[] pdf, string name)
    {
        try
        {
            using var document = PdfDocument.Open(pdf);
            return document.NumberOfPages;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new ArticleUnavailableException(ArticleUnavailableReason.UnsupportedContent, $"{name} could not be read (the PDF is damaged).", ex);
        }
    }
}
