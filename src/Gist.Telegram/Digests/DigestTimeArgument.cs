using System.Globalization;
using System.Text.RegularExpressions;

namespace Gist.Telegram.Digests;

/// <summary>
/// What a user types after /digest_time → a time of day, or a specific reason it is not one. Accepts 24-hour
/// times ("08:00", "8", "20.30", "0830") and 12-hour ones ("8 pm", "8pm", "8:30 PM", "8:30 a.m."). Never throws.
/// </summary>
public static partial class DigestTimeArgument
{
    public const string Examples = "/digest_time 07:30, /digest_time 8pm or /digest_time 20:15";

    /// <summary>The time, or null with <paramref name="problem"/> saying what is wrong, with an example.</summary>
    public static TimeOnly? Parse(string argument, out string problem)
    {
        problem = "";
        var text = (argument ?? "").Trim();
        var match = TimePattern().Match(text);
        if (!match.Success)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"I can't read \"{Shorten(text)}\" as a time of day. Write the hour, and minutes if you like: {Examples}.");
            return null;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var half = match.Groups["half"].Success ? char.ToLowerInvariant(match.Groups["half"].Value[0]) : (char?)null;
        if (minute > 59)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"An hour has minutes 00 to 59; \"{Shorten(text)}\" has {minute}. For example /digest_time {Math.Min(hour, 23):00}:30.");
            return null;
        }

        if (half is null)
        {
            if (hour > 23)
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"A day has hours 0 to 23; \"{Shorten(text)}\" has {hour}. For example {Examples}.");
                return null;
            }

            return new TimeOnly(hour, minute);
        }

        if (hour is < 1 or > 12)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"With am or pm the hour is 1 to 12; \"{Shorten(text)}\" has {hour}. For example /digest_time 8pm or /digest_time 20:00.");
            return null;
        }

        var hour24 = (hour % 12) + (half == 'p' ? 12 : 0);
        return new TimeOnly(hour24, minute);
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";

    // 8 · 08 · 8:30 · 8.30 · 8h30 · 0830 · 8pm · 8 pm · 8:30 PM · 8:30 p.m.
    [GeneratedRegex(@"^(?:(?<h>\d{1,2})(?:\s*[:.hH]\s*(?<m>\d{1,2}))?|(?<h>\d{2})(?<m>\d{2}))\s*(?:(?<half>[aApP])\.?\s*[mM]\.?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();
}
