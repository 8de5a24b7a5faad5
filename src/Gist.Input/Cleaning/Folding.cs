using System.Globalization;
using System.Text;
using Gist.Core.Text;

namespace Gist.Input.Cleaning;

/// <summary>
/// A comparison form for recognising marker phrases ("إقرأ أيضاً" = "اقرأ ايضا"): NFKC, no Arabic
/// diacritics or tatweel, one alef, one ya, lower case, single spaces. Never shown to anyone.
/// </summary>
internal static class Folding
{
    public static string Fold(string text)
    {
        var source = WellFormedText.Of(text).Normalize(NormalizationForm.FormKC);
        var result = new StringBuilder(source.Length);
        foreach (var c in source)
        {
            if (IsArabicMark(c) || RawText.IsInvisible(c) || c is '\u200C' or '\u200D')
            {
                // ZWNJ is folded to a space so "برچسب‌ها" and "برچسب ها" compare equal.
                if (c == '\u200C')
                {
                    AppendSpace(result);
                }

                continue;
            }

            var mapped = c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' or 'ی' => 'ي',
                'ک' => 'ك',
                'ة' => 'ه',
                _ => char.ToLowerInvariant(c),
            };
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

    /// <summary>Harakat, tanwin, shadda, sukun, dagger alef, Quranic marks and tatweel.</summary>
    public static bool IsArabicMark(char c) =>
        c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' or >= '\u06D6' and <= '\u06ED'
        || (c > '\u007F' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark && c is >= '\u0600' and <= '\u06FF');

    private static void AppendSpace(StringBuilder builder)
    {
        if (builder.Length > 0 && builder[^1] != ' ')
        {
            builder.Append(' ');
        }
    }

    /// <summary>
    /// The folded line with leading bullets, emoji and punctuation removed, so "👉 Подписывайтесь" and
    /// "• Tags:" are recognised like their plain forms.
    /// </summary>
    public static string FoldForMarkers(string line)
    {
        var folded = Fold(line);
        var start = 0;
        while (start < folded.Length && !char.IsLetterOrDigit(folded[start]))
        {
            start++;
        }

        return folded[start..];
    }
}
