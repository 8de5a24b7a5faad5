using System.Globalization;
using System.Text;
using Gist.Core.Text;

namespace Gist.Media.Images;

/// <summary>
/// How much of a vision model's transcription OCR also found in the same image: the share of the transcription's
/// words (case, diacritics and tatweel folded) that occur among the OCR words. A model that invents text scores low.
/// </summary>
public static class TextAgreement
{
    public static double ShareConfirmed(string transcription, string ocr)
    {
        var words = Words(transcription).ToList();
        if (words.Count == 0)
        {
            return 1;
        }

        var seen = Words(ocr).ToHashSet(StringComparer.Ordinal);
        return words.Count(seen.Contains) / (double)words.Count;
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in WellFormedText.Of(text).Normalize(NormalizationForm.FormKD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark || c == '\u0640')
            {
                continue; // Diacritics, harakat and tatweel: OCR and models disagree on them without disagreeing on the word.
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (word.Length > 1)
            {
                yield return word.ToString();
            }

            word.Clear();
        }

        if (word.Length > 1)
        {
            yield return word.ToString();
        }
    }
}
