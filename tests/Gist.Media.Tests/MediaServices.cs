using Gist.Media.Images;
using Gist.Media.Processes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gist.Media.Tests;

/// <summary>The media readers wired as the host wires them, with options a test may change.</summary>
internal static class MediaServices
{
    /// <summary>The gate every model text passes (its cleaning needs no language detection).</summary>
    public static Gist.Summarization.Gate.ModelTextGate Gate { get; } = new(new UnknownLanguage());

    public static BoundedProcessRunner Runner { get; } = new(NullLogger<BoundedProcessRunner>.Instance);

    public static TesseractOcr Ocr(MediaOptions? options = null) =>
        new(Runner, Options.Create(options ?? new MediaOptions()), NullLogger<TesseractOcr>.Instance);

    public static ImageTextReader Reader(MediaOptions? options = null, VisionTranscriber? vision = null)
    {
        var settings = Options.Create(options ?? new MediaOptions());
        return new ImageTextReader(new TesseractOcr(Runner, settings, NullLogger<TesseractOcr>.Instance), settings, Gate, NullLogger<ImageTextReader>.Instance, vision);
    }

    private sealed class UnknownLanguage : Gist.Core.Abstractions.ILanguageDetector
    {
        public string? Detect(string text) => null;
    }
}
