namespace Gist.Summarization.Text;

/// <summary>Counts words and letters across scripts: CJK is written without spaces, so each ideograph or kana is a word.</summary>
public static class WordCount
{
    /// <summary>
    /// Words of two or more letters or digits: a detached one-letter conjunction ("و قال") or initial adds no
    /// evidence. Each CJK character counts as a word.
    /// </summary>
    public static int Of(string text)
    {
        var count = 0;
        var length = 0;
        foreach (var c in text)
        {
            if (IsCjk(c))
            {
                count += (length >= 2 ? 1 : 0) + 1;
                length = 0;
                continue;
            }

            var inWord = char.IsLetterOrDigit(c)
                || (length > 0 && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark);
            if (inWord)
            {
                length++;
                continue;
            }

            count += length >= 2 ? 1 : 0;
            length = 0;
        }

        return count + (length >= 2 ? 1 : 0);
    }

    /// <summary>Letters and digits, a CJK character counting two (it carries about a word's worth of meaning).</summary>
    public static int Letters(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (IsCjk(c))
            {
                count += 2;
            }
            else if (char.IsLetterOrDigit(c))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Han ideographs, Hiragana and Katakana (Hangul is written with spaces, so it counts as words).</summary>
    public static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\u3040' and <= '\u30FF' or >= '\uF900' and <= '\uFAFF';
}
