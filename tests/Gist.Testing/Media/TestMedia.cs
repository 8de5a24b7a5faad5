using System.Diagnostics;
using System.Globalization;

namespace Gist.Testing.Media;

/// <summary>
/// Real media made by real programs, for tests: text rendered to a PNG (ImageMagick's pango: with the Noto fonts),
/// speech synthesized by espeak-ng and encoded by ffmpeg as Telegram sends it (OGG/Opus voice, MP4 video note),
/// and a scanned PDF (a page that is only a picture).
/// </summary>
public static class TestMedia
{
    /// <summary>A grey-scale PNG of <paramref name="text"/> (right-to-left scripts are shaped by Pango).</summary>
    public static async Task<byte[]> RenderTextPngAsync(string text, string font = "Noto Sans", int width = 1000, int points = 24)
    {
        var folder = Directory.CreateTempSubdirectory("gist-media-");
        try
        {
            // The text goes inline (Debian's ImageMagick policy forbids reading it from an @file), as Pango markup.
            var markup = text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
            var png = Path.Combine(folder.FullName, "text.png");
            await RunAsync("convert", "-size", $"{width}x", "-background", "white", "-fill", "black", "-font", font,
                "-pointsize", points.ToString(CultureInfo.InvariantCulture), "pango:" + markup, "-bordercolor", "white", "-border", "30", png);
            return await File.ReadAllBytesAsync(png);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>An RGB JPEG of the PNG (Telegram sends photos as JPEG).</summary>
    public static Task<byte[]> ToJpegAsync(byte[] png) => ConvertAsync(png, ".png", ".jpg", "convert", "{in}", "-type", "TrueColor", "-quality", "92", "{out}");

    /// <summary><paramref name="text"/> spoken by espeak-ng, as an OGG/Opus voice note.</summary>
    public static async Task<byte[]> VoiceNoteAsync(string text, string voice = "en")
    {
        var wav = await SpeakAsync(text, voice);
        return await ConvertAsync(wav, ".wav", ".ogg", "ffmpeg", "-nostdin", "-loglevel", "error", "-i", "{in}", "-c:a", "libopus", "-b:a", "24k", "{out}");
    }

    /// <summary><paramref name="text"/> spoken over a plain picture, as an MP4 video note (H.264 + AAC).</summary>
    public static async Task<byte[]> VideoNoteAsync(string text, string voice = "en")
    {
        var wav = await SpeakAsync(text, voice);
        return await ConvertAsync(wav, ".wav", ".mp4", "ffmpeg", "-nostdin", "-loglevel", "error", "-f", "lavfi", "-i", "color=c=blue:s=240x240:r=10",
            "-i", "{in}", "-shortest", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-movflags", "+faststart", "{out}");
    }

    /// <summary>A PDF of <paramref name="pages"/> pages, each only the picture <paramref name="jpeg"/> (no text layer), like a scanner makes.</summary>
    public static byte[] ScannedPdf(byte[] jpeg, int width, int height, int pages = 1) => ScannedPdfWriter.Write(jpeg, width, height, pages);

    private static async Task<byte[]> SpeakAsync(string text, string voice)
    {
        var folder = Directory.CreateTempSubdirectory("gist-media-");
        try
        {
            var wav = Path.Combine(folder.FullName, "speech.wav");
            await RunAsync("espeak-ng", "-v", voice, "-s", "150", "-w", wav, text);
            return await File.ReadAllBytesAsync(wav);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<byte[]> ConvertAsync(byte[] input, string inExtension, string outExtension, string program, params string[] arguments)
    {
        var folder = Directory.CreateTempSubdirectory("gist-media-");
        try
        {
            var source = Path.Combine(folder.FullName, "in" + inExtension);
            var target = Path.Combine(folder.FullName, "out" + outExtension);
            await File.WriteAllBytesAsync(source, input);
            await RunAsync(program, arguments.Select(a => a.Replace("{in}", source, StringComparison.Ordinal).Replace("{out}", target, StringComparison.Ordinal)).ToArray());
            return await File.ReadAllBytesAsync(target);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(Programs.Require(program)) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {await error}");
        }
    }
}
