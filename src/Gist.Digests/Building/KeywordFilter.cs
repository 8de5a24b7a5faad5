using Gist.Summarization.Text;

namespace Gist.Digests.Building;

/// <summary>
/// A subscription's include and exclude words, in any language. Words are compared after the same normalization as
/// evidence (case, diacritics, Arabic letter variants), as whole words or word prefixes, against the item's title and
/// text and its English summary — so "Korea" matches an Arabic item whose summary names Korea.
/// </summary>
public sealed class KeywordFilter
{
    private readonly string[] include;
    private readonly string[] exclude;

    public KeywordFilter(string includeWords, string excludeWords)
    {
        include = Words(includeWords);
        exclude = Words(excludeWords);
    }

    public bool IsEmpty => include.Length == 0 && exclude.Length == 0;

    public static string[] Words(string? text) =>
        (text ?? "").Split([' ', ',', ';', '\n', '،'], StringSplitOptions.RemoveEmptyEntries)
            .Select(EvidenceNormalizer.Normalize).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>True when the item passes: no excluded word, and an included word when there are any.</summary>
    public bool Allows(params string?[] texts)
    {
        if (IsEmpty)
        {
            return true;
        }

        var words = texts.SelectMany(t => Words(t)).ToHashSet(StringComparer.Ordinal);
        bool Has(string keyword) => words.Contains(keyword) || words.Any(w => w.StartsWith(keyword, StringComparison.Ordinal)
            || StripArticle(w).StartsWith(StripArticle(keyword), StringComparison.Ordinal));
        return !exclude.Any(Has) && (include.Length == 0 || include.Any(Has));
    }

    // Arabic attaches the article and some conjunctions to the word: "والصين" should match "الصين" and "صين".
    private static string StripArticle(string word)
    {
        foreach (var prefix in new[] { "وال", "بال", "فال", "لل", "ال", "و" })
        {
            if (word.Length > prefix.Length + 2 && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return word[prefix.Length..];
            }
        }

        return word;
    }
}
