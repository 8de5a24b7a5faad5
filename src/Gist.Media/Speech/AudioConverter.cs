using System.Globalization;
using Gist.Core.Articles;
using Gist.Media.Processes;
using Microsoft.Extensions.Options;

namespace Gist.Media.Speech;

/// <summary>
/// ffmpeg (https://ffmpeg.org/ffmpeg.html) turns what the transcription endpoint cannot take into mono 16 kHz Opus in
/// OGG: a video's sound track (the picture is dropped), or an audio format outside the endpoint's list. Bounded like
/// every external program, and cut at the duration limit (-t) whatever the file claims.
/// </summary>
public sealed class AudioConverter(BoundedProcessRunner runner, IOptions<MediaOptions> options)
{
    public async Task<byte[]> ToOggOpusAsync(SpeechInput input, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var ffmpeg = ExecutableLocator.Find(settings.FfmpegPath) ?? throw new ArticleUnavailableException(ArticleUnavailableReason.ReaderNotAvailable,
            $"{input.FileName} needs converting before it can be transcribed, and ffmpeg is not installed on the bot's server. "
            + "The bot's operator can install it (Debian/Ubuntu: apt-get install ffmpeg).");
        var seconds = (input.IsVideo ? settings.MaxVideoSeconds : settings.MaxAudioSeconds).ToString(CultureInfo.InvariantCulture);
        var folder = Directory.CreateTempSubdirectory("gist-audio-");
        try
        {
            var source = Path.Combine(folder.FullName, "input" + SafeExtension(input.FileName));
            var target = Path.Combine(folder.FullName, "speech.ogg");
            await File.WriteAllBytesAsync(source, input.Content.ToArray(), cancellationToken);
            var outcome = await runner.RunAsync(ffmpeg,
                ["-nostdin", "-hide_banner", "-loglevel", "error", "-i", source, "-map", "0:a:0", "-vn", "-ac", "1", "-ar", "16000",
                 "-c:a", "libopus", "-b:a", "32k", "-t", seconds, "-f", "ogg", target],
                new ProcessLimits(TimeSpan.FromSeconds(settings.ProcessTimeoutSeconds), settings.ProcessMemoryMegabytes * 1024L * 1024L, 4096),
                cancellationToken);
            if (outcome.TimedOut)
            {
                throw new ArticleUnavailableException(ArticleUnavailableReason.Timeout,
                    $"Taking the sound out of {input.FileName} took longer than {settings.ProcessTimeoutSeconds} s.");
            }

            if (!outcome.Succeeded || !File.Exists(target) || new FileInfo(target).Length == 0)
            {
                var noSound = outcome.Error.Contains("matches no streams", StringComparison.OrdinalIgnoreCase);
                throw new ArticleUnavailableException(ArticleUnavailableReason.UnsupportedContent, noSound
                    ? $"{input.FileName} has no sound track, so there is no speech to transcribe."
                    : $"{input.FileName} could not be decoded: the file is damaged or not audio or video.");
            }

            return await File.ReadAllBytesAsync(target, cancellationToken);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>ffmpeg probes the content, so the extension only helps; anything odd in it is dropped.</summary>
    private static string SafeExtension(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension.Length is > 1 and <= 6 && extension[1..].All(char.IsAsciiLetterOrDigit) ? extension : ".bin";
    }
}
