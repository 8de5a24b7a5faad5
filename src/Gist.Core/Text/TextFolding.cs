using System.Globalization;
using System.Text;

namespace Gist.Core.Text;

/// <summary>
/// A comparison form for recognising vocabulary words and phrases ("إقرأ أيضاً" = "اقرأ ايضا", "Tags" = "tags"):
/// NFKC, no Arabic marks or tatweel, Arabic letter variants folded (<see cref="ArabicLetters"/>), invisible
/// characters dropped, ZWNJ as a space, lower case, single spaces. Never shown to anyone.
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var wellFormed = WellFormedText.Of(text);
        var source = IsInvariant(wellFormed) ? wellFormed : wellFormed.Normalize(NormalizationForm.FormKC);
        var result = new StringBuilder(source.Length);
        foreach (var c in source)
        {
            if (IsArabicMark(c) || InvisibleCharacters.Is(c) || c is '\u200C' or '\u200D')
            {
                // ZWNJ is folded to a space so "برچسب‌ها" and "برچسب ها" compare equal.
                if (c == '\u200C')
                {
                    AppendSpace(result);
                }

                continue;
            }

            var mapped = char.ToLowerInvariant(ArabicLetters.Fold(c));
            if (char.IsWhiteSpace(mapped))
            {
                AppendSpace(result);
            }
            else
            {
                result.Append(mapped);
            }
        }

        return result.ToString().Trim();
    }

    /// <summary>
    /// True when NFKC leaves the text as it is, judged character by character: ASCII, Latin-1 letters, basic Cyrillic,
    /// the Arabic block but for the marks that compose with a letter (U+0653–U+0655) and the letters with a
    /// compatibility form (U+0675–U+0678), and the typographic quotes, dashes and invisible characters news text is
    /// full of. Most blocks of a page are such text, and the normalizer is then not called at all.
    /// </summary>
    public static bool IsInvariant(string text)
    {
        foreach (var c in text)
        {
            var invariant = c < '\u00A0'
                || c is >= '\u00C0' and <= '\u00FF'
                || c is >= '\u0400' and <= '\u045F'
                || (c is >= '\u0600' and <= '\u06FF' && c is not (>= '\u0653' and <= '\u0655') && c is not (>= '\u0675' and <= '\u0678'))
                || c is '\u00AB' or '\u00BB' or '\u2010' or '\u2013' or '\u2014' or '\u2018' or '\u2019' or '\u201C' or '\u201D'
                || c is >= '\u200B' and <= '\u200F' or '\u2060' or '\uFEFF';
            if (!invariant)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Any non-spacing mark of the Arabic block, besides <see cref="ArabicLetters.IsMark"/>.</summary>
    public static bool IsArabicMark(char c) =>
        ArabicLetters.IsMark(c)
        || (c > '\u007F' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark && c is >= '\u0600' and <= '\u06FF');

    private static void AppendSpace(StringBuilder builder)
    {
        if (builder.Length > 0 && builder[^1] != ' ')
        {
            builder.Append(' ');
        }
    }
}
