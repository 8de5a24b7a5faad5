using Gist.Core.Text;
using System.Text.RegularExpressions;
using Gist.Summarization.Text;

namespace Gist.Summarization.Offline;

/// <summary>A word or punctuation mark of a sentence, with its normalized form and its place in the sentence.</summary>
internal sealed partial record WordToken(string Raw, string Normalized, int Start, bool IsWord)
{
    public int End => Start + Raw.Length;

    /// <summary>The normalized word without an attached Arabic conjunction ("وقال" → "قال", "فأكد" → "اكد").</summary>
    public string WithoutConjunction =>
        Normalized.Length > 3 && Normalized[0] is 'و' or 'ف' ? Normalized[1..] : Normalized;

    public static List<WordToken> Tokenize(string sentence)
    {
        var tokens = new List<WordToken>();
        foreach (Match match in Token().Matches(sentence))
        {
            var normalized = EvidenceNormalizer.Normalize(match.Value);
            // A run of tatweel ("ـــ") is a letter to the regex but normalizes to nothing: not a word.
            var isWord = char.IsLetterOrDigit(match.Value[0]) && normalized.Length > 0;
            tokens.Add(new WordToken(match.Value, normalized, match.Index, isWord));
        }

        return tokens;
    }

    // Words keep inner hyphens, apostrophes and ZWNJ ("Jong-un", "O'Brien", "می‌شود"); CJK runs stay whole
    // (reporting verbs are found in them by substring); any other non-space character is its own token, an emoji
    // (a surrogate pair) included: half of one is not a character.
    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{M}\p{N}\u200C\u0640]*(?:['’\-][\p{L}\p{N}][\p{L}\p{M}\p{N}\u200C\u0640]*)*|[\uD800-\uDBFF][\uDC00-\uDFFF]|\S", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Token();
}
