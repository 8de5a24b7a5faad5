namespace Gist.Extraction.Extraction;

/// <summary>Line-level clean-up of the extracted body.</summary>
public static class OutputLines
{
    /// <summary>
    /// Drops a line that repeats an earlier one word for word: galleries repeat one caption under every photo and
    /// sliders print the same teaser twice. A real article does not say the same paragraph twice.
    /// </summary>
    public static string DropRepeatedLines(string text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            if (line.Length < 20 || seen.Add(line))
            {
                kept.Add(line);
            }
        }

        return string.Join('\n', kept);
    }
}
