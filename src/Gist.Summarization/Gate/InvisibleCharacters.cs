using System.Globalization;
using System.Text;

namespace Gist.Summarization.Gate;

/// <summary>
/// Removes from model text the characters a reader cannot see but that change what they see: bidi embeddings,
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069; UAX #9 — an override shows "exe.png" as "gnp.exe"), bidi
/// marks, zero-width and every other format character (Unicode category Cf: U+200B, U+2060–U+2064, U+FEFF, the soft
/// hyphen, tag characters that can smuggle hidden ASCII…), the blank Hangul fillers, and control characters other
/// than tab and line breaks. Two format characters carry meaning and stay where they join two visible characters:
/// ZWNJ and ZWJ (Persian and Indic spelling, emoji sequences such as 👨‍👩‍👧); tag characters stay inside a
/// subdivision flag (🏴 + tags, UTS #51). The renderer adds its own isolates around right-to-left names afterwards.
/// </summary>
public static class InvisibleCharacters
{
    private const char ZeroWidthNonJoiner = '\u200C';
    private const char ZeroWidthJoiner = '\u200D';
    private const int BlackFlag = 0x1F3F4;

    /// <summary>The text without invisible characters; the same instance when there were none.</summary>
    public static string Strip(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!NeedsWork(text))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var inFlag = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                var tag = codePoint is >= 0xE0020 and <= 0xE007F;
                if ((tag && inFlag) || (!tag && CharUnicodeInfo.GetUnicodeCategory(codePoint) != UnicodeCategory.Format))
                {
                    result.Append(c).Append(text[i + 1]);
                }

                inFlag = codePoint == BlackFlag || (tag && inFlag && codePoint != 0xE007F);
                i++;
                continue;
            }

            inFlag = false;
            if (char.IsSurrogate(c))
            {
                result.Append('\uFFFD');
            }
            else if (c is '\u2028' or '\u2029')
            {
                result.Append('\n');
            }
            else if (c is ZeroWidthJoiner or ZeroWidthNonJoiner)
            {
                if (result.Length > 0 && IsVisible(result[^1]) && i + 1 < text.Length && IsVisible(text[i + 1]))
                {
                    result.Append(c);
                }
            }
            else if (!IsInvisible(c))
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>True when <paramref name="c"/> would be removed wherever it stands (ZWNJ and ZWJ depend on their neighbours).</summary>
    public static bool IsInvisible(char c) =>
        c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0' ||
        (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) ||
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    private static bool IsVisible(char c) =>
        !char.IsWhiteSpace(c) && !char.IsControl(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format;

    private static bool NeedsWork(string text)
    {
        foreach (var c in text)
        {
            if (char.IsSurrogate(c) || c is '\u2028' or '\u2029' || IsInvisible(c))
            {
                return true;
            }
        }

        return false;
    }
}
