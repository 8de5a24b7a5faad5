namespace Gist.Core.Text;

/// <summary>
/// The Arabic-script letter variants that mean the same letter when text is compared (not when it is shown): the
/// alef forms, final/Persian ya, Persian kaf, ta marbuta and heh forms, and hamza seats. One table for the paste
/// cleaner's phrase matching, the extractor's patterns and the evidence check.
/// </summary>
public static class ArabicLetters
{
    /// <summary>The letter <paramref name="c"/> compares as (itself when it has no variant).</summary>
    public static char Fold(char c) => c switch
    {
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ى' or 'ی' or 'ې' => 'ي',
        'ک' => 'ك',
        'ة' or 'ۀ' or 'ە' => 'ه',
        'ؤ' or 'ئ' => 'ء',
        _ => c,
    };

    /// <summary>Harakat, tanwin, shadda, sukun, dagger alef, Quranic marks and tatweel: dropped when comparing.</summary>
    public static bool IsMark(char c) =>
        c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' or >= '\u06D6' and <= '\u06ED';
}
