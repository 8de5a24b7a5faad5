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
        var source = WellFormedText.Of(text).Normalize(NormalizationForm.FormKC);
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
