namespace Gist.Core.Text;

/// <summary>Characters that are invisible but can hide or reorder text; pasted and extracted text drop them.</summary>
public static class InvisibleCharacters
{
    /// <summary>
    /// Zero-width and bidi-control characters (Unicode TR9 explicit formatting: LRE…RLO, LRI…PDI, LRM, RLM, ALM),
    /// BOM, word joiner and soft hyphen. ZWNJ (U+200C) and ZWJ (U+200D) are not among them: Persian orthography
    /// (می‌شود) and emoji sequences need them.
    /// </summary>
    public static bool Is(char c) => c switch
    {
        '\u200B' or '\u200E' or '\u200F' or '\u061C' or '\u2060' or '\uFEFF' or '\u00AD' or '\u180E' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => false,
    };
}
