using Gist.Media.Images;
using Gist.Media.Processes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gist.Media.Tests;

/// <summary>The media readers wired as the host wires them, with options a test may change.</summary>
internal static class MediaServices
{
    public static BoundedProcessRunner Runner { get; } = new(NullLogger<BoundedProcessRunner>.Instance);

    public static TesseractOcr Ocr(MediaOptions? options = null) =>
        new(Runner, Options.Create(options ?? new MediaOptions()), NullLogger<TesseractOcr>.Instance);

    public static ImageTextReader Reader(MediaOptions? options = null, VisionTranscriber? vision = null)
    {
        var settings = Options.Create(options ?? new MediaOptions());
        return new ImageTextReader(new TesseractOcr(Runner, settings, NullLogger<TesseractOcr>.Instance), settings, NullLogger<ImageTextReader>.Instance, vision);
    }
}
