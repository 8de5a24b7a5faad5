using System.Text;

namespace Gist.Summarization.Text;

/// <summary>
/// The content terms of a sentence for similarity: normalized words minus stop words, lightly stemmed
/// (Arabic article and conjunction prefixes and common suffixes, Persian plural, Russian endings, English
/// plural), and character bigrams for CJK text, which has no spaces.
/// </summary>
public static class TermExtractor
{
    private static readonly string[] ArabicPrefixes = ["وال", "بال", "فال", "كال", "لل", "ال"];
    // Arabic plural and pronoun endings, and the Persian plural "های".
    private static readonly string[] ArabicScriptSuffixes = ["هما", "های", "ات", "ون", "ين", "ها", "هم", "ه"];

    public static List<string> Terms(string sentence, IReadOnlySet<string> stopWords)
    {
        var terms = new List<string>();
        var normalized = EvidenceNormalizer.Normalize(sentence);
        var word = new StringBuilder();
        var cjk = new StringBuilder();
        for (var i = 0; i <= normalized.Length; i++)
        {
            var c = i < normalized.Length ? normalized[i] : ' ';
            if (WordCount.IsCjk(c))
            {
                Flush(word, terms, stopWords);
                cjk.Append(c);
                continue;
            }

            FlushCjk(cjk, terms);
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                word.Append(c);
            }
            else
            {
                Flush(word, terms, stopWords);
            }
        }

        return terms;
    }

    private static void Flush(StringBuilder word, List<string> terms, IReadOnlySet<string> stopWords)
    {
        if (word.Length == 0)
        {
            return;
        }

        var token = word.ToString();
        word.Clear();
        if (token.Length < 2 || stopWords.Contains(token))
        {
            return;
        }

        var stem = Stem(token);
        if (stem.Length >= 2 && !stopWords.Contains(stem))
        {
            terms.Add(stem);
        }
    }

    private static void FlushCjk(StringBuilder run, List<string> terms)
    {
        if (run.Length == 1)
        {
            terms.Add(run.ToString());
        }

        for (var i = 0; i + 1 < run.Length; i++)
        {
            terms.Add(run.ToString(i, 2));
        }

        run.Clear();
    }

    /// <summary>A light stemmer: enough to match "الشمالية" with "شمالية" and "заявил" with "заявила".</summary>
    public static string Stem(string token)
    {
        var first = token[0];
        if (first is >= '\u0600' and <= '\u06FF')
        {
            return StemArabicScript(token);
        }

        if (first is >= '\u0400' and <= '\u04FF')
        {
            // Russian inflection lives in the last letters; six letters keep the root.
            return token.Length > 6 ? token[..6] : token;
        }

        if (char.IsAsciiLetterLower(first))
        {
            if (token.Length > 4 && token.EndsWith("ies", StringComparison.Ordinal))
            {
                return token[..^3] + "y";
            }

            if (token.Length > 3 && token[^1] == 's' && token[^2] != 's')
            {
                return token[..^1];
            }
        }

        return token;
    }

    private static string StemArabicScript(string token)
    {
        foreach (var prefix in ArabicPrefixes)
        {
            if (token.StartsWith(prefix, StringComparison.Ordinal) && token.Length - prefix.Length >= 3)
            {
                token = token[prefix.Length..];
                break;
            }
        }

        if (token.Length >= 4 && token[0] is 'و' or 'ف' or 'ب')
        {
            token = token[1..];
        }

        foreach (var suffix in ArabicScriptSuffixes)
        {
            if (token.EndsWith(suffix, StringComparison.Ordinal) && token.Length - suffix.Length >= 3)
            {
                return token[..^suffix.Length];
            }
        }

        return token;
    }
}
