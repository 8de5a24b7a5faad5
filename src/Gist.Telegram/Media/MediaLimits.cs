using System.Globalization;

namespace Gist.Telegram.Media;

/// <summary>Sizes and durations as the replies state them.</summary>
public static class MediaLimits
{
    public static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " MB";

    /// <summary>"2:05", "1:02:03".</summary>
    public static string Duration(int seconds)
    {
        var time = TimeSpan.FromSeconds(seconds);
        return time.TotalHours >= 1
            ? time.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
            : time.ToString(@"m\:ss", CultureInfo.InvariantCulture);
    }
}
