using System.Globalization;
using System.Text;
using Gist.Core.Text;

namespace Gist.Summarization.Text;

/// <summary>
/// Normalization for matching quoted evidence against a source, so that the same words compare equal whatever
/// the typing: Unicode NFKC (presentation forms, full-width letters, "…" → "..."), no Arabic harakat, Quranic
/// marks or tatweel, one alef (أ إ آ ٱ → ا), one ya (ى ی → ي), one kaf (ک → ك), ۀ → ه, Arabic-Indic and
/// Persian digits → 0–9, one double quote for every quotation mark (“ ” « » „ ‹ › ' " ״ …), one hyphen for every
/// dash, Latin , ; ? for Arabic ، ؛ ؟, single spaces, invariant lower case.
/// Two further choices, made because outlets and models write both forms of the same word:
/// taa marbuta is read as ha (ة → ه: "مدرسة"/"مدرسه"), and hamza seats are unified (ؤ ئ → ء: "مسؤول"/"مسئول").
/// Neither turns one real word into a different real claim. The letter table is <see cref="ArabicLetters"/>, shared
/// with the paste cleaner and the extractor.
/// </summary>
public static class EvidenceNormalizer
{
    /// <summary>The normalized text, readable: words separated by single spaces, punctuation unified.</summary>
    public static string Normalize(string text) => Run(text, compact: false);

    /// <summary>
    /// The comparison key: <see cref="Normalize"/> reduced to letters and digits, with no spaces or punctuation,
    /// so "و قال" matches "وقال" and a dropped comma or quote mark does not fail a real quote. A decimal or
    /// thousands mark between digits is kept as '.', so "1.5" never matches "15".
    /// </summary>
    public static string ToKey(string text) => Run(text, compact: true);

    private static string Run(string text, bool compact)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = WellFormedText.Of(text);
        var source = IsPlainlyNormalized(text) || text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        var result = new StringBuilder(source.Length);
        var pendingSpace = false;
        for (var i = 0; i < source.Length; i++)
        {
            var c = Map(source[i]);
            if (c == '\0')
            {
                continue;
            }

            if (c == ' ')
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (compact)
            {
                if (char.IsLetterOrDigit(c) || char.IsSurrogate(c) || IsCombiningMark(c))
                {
                    result.Append(c);
                }
                else if (c is '.' or ',' && result.Length > 0 && char.IsDigit(result[^1]) && i + 1 < source.Length && IsDigitAfterMapping(source[i + 1]))
                {
                    result.Append('.');
                }

                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>Vowel signs of Indic and other scripts are part of the word (Arabic marks were dropped before this).</summary>
    private static bool IsCombiningMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>
    /// A fast check for the common case: ASCII, the Arabic block (minus the four letters U+0675–U+0678 that NFKC
    /// decomposes and the combining madda and hamza U+0653–U+0655 it composes into أ ؤ ئ), and the quote, dash
    /// and format characters of U+2000–U+2023, none of which NFKC changes in a
    /// way that survives <see cref="Map"/>. Saves the ICU call for most Arabic and English text.
    /// </summary>
    private static bool IsPlainlyNormalized(string text)
    {
        foreach (var c in text)
        {
            var plain = c < '\u0080' || c is '\u00A0' or '\u00AB' or '\u00BB' or '\uFEFF'
                || (c is >= '\u0600' and <= '\u06FF' && c is not (>= '\u0675' and <= '\u0678') && c is not (>= '\u0653' and <= '\u0655'))
                || c is >= '\u200B' and <= '\u2023' or >= '\u2028' and <= '\u202E' or >= '\u2060' and <= '\u2069';
            if (!plain)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigitAfterMapping(char c) => char.IsDigit(Map(c));

    /// <summary>One character's normal form: '\0' to drop it, ' ' for any space.</summary>
    private static char Map(char c)
    {
        switch (c)
        {
            case '\u200B' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or '\u2060' or '\uFEFF' or '\u00AD' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069':
                return '\0';
            case '\u200C':
                // ZWNJ: "می‌شود" is written "می شود" as often; both become a word break.
                return ' ';
            case '“' or '”' or '„' or '‟' or '«' or '»' or '‹' or '›' or '\'' or '‘' or '’' or '‚' or '‛' or '״' or '׳' or '`' or '´' or '″' or '「' or '」' or '『' or '』':
                return '"';
            case '‐' or '‑' or '‒' or '–' or '—' or '―' or '−' or '﹘':
                return '-';
            case '،':
                return ',';
            case '؛':
                return ';';
            case '؟':
                return '?';
            case '۔':
                return '.';
            case 'ς':
                return 'σ';
        }

        if (c >= '\u0600')
        {
            // Arabic marks and letter variants: the table shared with the paste cleaner and the extractor.
            if (ArabicLetters.IsMark(c))
            {
                return '\0';
            }

            var folded = ArabicLetters.Fold(c);
            if (folded != c)
            {
                return folded;
            }
        }

        if (char.IsWhiteSpace(c) || char.IsControl(c))
        {
            return ' ';
        }

        if (c > '\u007F' && char.IsDigit(c))
        {
            var value = CharUnicodeInfo.GetDecimalDigitValue(c);
            return value >= 0 ? (char)('0' + value) : c;
        }

        return char.ToLowerInvariant(c);
    }
}
