using Gist.Core.Articles;
using Gist.Media.Processes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gist.Media.Images;

/// <summary>
/// OCR with the <c>tesseract</c> executable (https://tesseract-ocr.github.io/tessdoc/Command-Line-Usage.html), run as
/// a bounded child process on a private copy of the image. One thread (OMP_THREAD_LIMIT=1): the machine is shared
/// with the rest of the bot, and Tesseract's own threading gains little on a page.
/// </summary>
public sealed class TesseractOcr(BoundedProcessRunner runner, IOptions<MediaOptions> options, ILogger<TesseractOcr> logger)
{
    private static readonly Dictionary<string, string> SingleThread = new() { ["OMP_THREAD_LIMIT"] = "1" };
    private readonly SemaphoreSlim probe = new(1, 1);
    private string? installedLanguages;

    public const string Name = "Tesseract OCR";

    /// <summary>Debian/Ubuntu packages of the program and the language packs the defaults use.</summary>
    public const string InstallHint = "tesseract-ocr tesseract-ocr-ara tesseract-ocr-fas tesseract-ocr-rus tesseract-ocr-chi-sim";

    public bool IsInstalled => ExecutableLocator.Find(options.Value.TesseractPath) is not null;

    /// <summary>The text Tesseract reads in <paramref name="image"/>, tidied into paragraphs; "" when it finds none.</summary>
    public async Task<string> ReadAsync(ReadOnlyMemory<byte> image, ImageHeader header, string name, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var program = ExecutableLocator.Find(settings.TesseractPath) ?? throw NotInstalled();
        var languages = await LanguagesAsync(program, cancellationToken);
        var folder = Directory.CreateTempSubdirectory("gist-ocr-");
        try
        {
            var file = Path.Combine(folder.FullName, "image" + header.Extension);
            await File.WriteAllBytesAsync(file, image.ToArray(), cancellationToken);
            return await ReadFileAsync(program, file, languages, name, cancellationToken);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>OCR of an image file already on disk (a rendered PDF page).</summary>
    public async Task<string> ReadFileAsync(string file, string name, CancellationToken cancellationToken)
    {
        var program = ExecutableLocator.Find(options.Value.TesseractPath) ?? throw NotInstalled();
        return await ReadFileAsync(program, file, await LanguagesAsync(program, cancellationToken), name, cancellationToken);
    }

    private async Task<string> ReadFileAsync(string program, string file, string languages, string name, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var outcome = await runner.RunAsync(program, [file, "stdout", "-l", languages, "--psm", "3"], Limits(settings), cancellationToken, SingleThread);
        if (outcome.TimedOut)
        {
            throw new ArticleUnavailableException(ArticleUnavailableReason.Timeout,
                $"Reading the text in {name} took longer than {settings.ProcessTimeoutSeconds} s. Send a smaller or sharper image.");
        }

        if (!outcome.Succeeded)
        {
            logger.LogInformation("tesseract failed on {Name} (exit {Code}): {Error}", name, outcome.ExitCode, outcome.Error.Trim());
            throw new ArticleUnavailableException(ArticleUnavailableReason.UnsupportedContent,
                $"{name} could not be decoded: the image is damaged, or too large to read within the bot's memory limit.");
        }

        logger.LogDebug("tesseract read {Characters} characters from {Name} in {Ms:0} ms ({Languages})",
            outcome.Output.Length, name, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, languages);
        return OcrText.Tidy(outcome.Output);
    }

    /// <summary>The configured languages that are installed (asked once with --list-langs).</summary>
    private async Task<string> LanguagesAsync(string program, CancellationToken cancellationToken)
    {
        if (installedLanguages is { } known)
        {
            return known;
        }

        await probe.WaitAsync(cancellationToken);
        try
        {
            if (installedLanguages is not null)
            {
                return installedLanguages;
            }

            var outcome = await runner.RunAsync(program, ["--list-langs"], Limits(options.Value), cancellationToken);
            var installed = outcome.Output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            var wanted = options.Value.OcrLanguages.Split('+');
            var usable = wanted.Where(installed.Contains).ToList();
            if (usable.Count == 0)
            {
                throw new ArticleUnavailableException(ArticleUnavailableReason.ReaderNotAvailable,
                    $"Tesseract is installed but none of its language packs for {options.Value.OcrLanguages} is. Install them: apt-get install {InstallHint}.");
            }

            if (usable.Count < wanted.Length)
            {
                logger.LogWarning("Tesseract language packs missing: {Missing}; reading with {Usable}",
                    string.Join('+', wanted.Except(usable)), string.Join('+', usable));
            }

            return installedLanguages = string.Join('+', usable);
        }
        finally
        {
            probe.Release();
        }
    }

    private static ProcessLimits Limits(MediaOptions settings) =>
        new(TimeSpan.FromSeconds(settings.ProcessTimeoutSeconds), settings.ProcessMemoryMegabytes * 1024L * 1024L, settings.MaxTextCharacters);

    private static ArticleUnavailableException NotInstalled() => new(ArticleUnavailableReason.ReaderNotAvailable,
        "I can't read text in images on this server: Tesseract OCR is not installed. The bot's operator can install it "
        + $"(Debian/Ubuntu: apt-get install {InstallHint}) or configure a vision model with Llm__VisionModel.");
}
