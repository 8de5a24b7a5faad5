namespace Gist.Input;

/// <summary>
/// Whether a text is written in words at all: a paste of emoji, symbols, numbers or mojibake gets a clear
/// reply instead of a model call that can only produce nonsense.
/// </summary>
public static class ProseCheck
{
    /// <summary>Share of letters among the visible characters below which a text is not prose.</summary>
    public const double MinimumLetterShare = 0.5;

    public static bool LooksLikeProse(string text)
    {
        int letters = 0, visible = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (System.Text.Rune.IsWhiteSpace(rune) || System.Text.Rune.IsControl(rune))
            {
                continue;
            }

            visible++;
            if (System.Text.Rune.IsLetter(rune) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(rune.Value) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                letters++;
            }
        }

        return visible > 0 && letters >= visible * MinimumLetterShare;
    }
}
