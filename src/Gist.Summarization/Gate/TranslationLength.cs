namespace Gist.Summarization.Gate;

/// <summary>
/// Whether a translation's length is plausible for its source. Lengths are weighted by script, because one Chinese
/// character carries what takes three or four English letters: non-space characters count 2, kana 4, Hangul
/// syllables 5, CJK ideographs 6. Between real translations of news the weighted ratio stays well inside
/// <see cref="MinRatio"/>–<see cref="MaxRatio"/>; five times longer (text of the model's own) or a tenth (most of
/// the article left out) is not a translation.
/// </summary>
public static class TranslationLength
{
    public const double MaxRatio = 3.0;
    public const double MinRatio = 0.3;

    /// <summary>Short sources get this much slack (weighted units), as a title or a dateline translates unevenly.</summary>
    private const int Slack = 200;

    /// <summary>The translation's weighted length divided by the source's (1 when the source is empty).</summary>
    public static double Ratio(string translation, string source)
    {
        var from = Weighted(source);
        return from == 0 ? 1 : (double)Weighted(translation) / from;
    }

    public static bool IsTooLong(string translation, string source) => Weighted(translation) > (Weighted(source) * MaxRatio) + Slack;

    public static bool IsTooShort(string translation, string source) => Weighted(translation) < (Weighted(source) * MinRatio) - Slack;

    public static long Weighted(string text)
    {
        long total = 0;
        foreach (var c in text)
        {
            total += c switch
            {
                _ when char.IsWhiteSpace(c) || char.IsLowSurrogate(c) => 0,
                >= '\u3040' and <= '\u30FF' => 4,
                >= '\uAC00' and <= '\uD7AF' => 5,
                >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' => 6,
                _ => 2,
            };
        }

        return total;
    }
}
