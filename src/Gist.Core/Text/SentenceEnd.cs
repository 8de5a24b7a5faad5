namespace Gist.Core.Text;

/// <summary>
/// Whether a line ends like a sentence (a full stop, question or exclamation mark in Latin, Arabic or CJK form,
/// before closing quotes or brackets). Label-like lines (bylines, share lines, headings) do not, and the
/// cleaners use that to leave real sentences alone.
/// </summary>
public static class SentenceEnd
{
    public static bool IsAt(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var end = line.TrimEnd().TrimEnd('"', '”', '»', ')', '\'', ' ');
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or '؟' or '。' or '！' or '？';
    }
}
