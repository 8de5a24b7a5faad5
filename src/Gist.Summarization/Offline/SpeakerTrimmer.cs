using Gist.Summarization.Text;

namespace Gist.Summarization.Offline;

/// <summary>
/// After a transitive verb ("نفت كوريا الشمالية و روسيا عقد أي صفقات"), Arabic puts the object right after the
/// subject with nothing between them. The subject is the longest opening of the phrase that the article also
/// names elsewhere ("كوريا الشمالية و روسيا"); the object words never appear with it.
/// </summary>
internal static class SpeakerTrimmer
{
    /// <param name="speaker">The words after the verb.</param>
    /// <param name="articleKey">The whole article's comparison key (<see cref="EvidenceNormalizer.ToKey"/>).</param>
    /// <param name="sentence">The sentence the speaker comes from.</param>
    public static string ToKnownName(string speaker, string articleKey, string sentence)
    {
        var sentenceKey = EvidenceNormalizer.ToKey(sentence);
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = words.Length; count >= 1; count--)
        {
            var prefix = string.Join(' ', words.Take(count));
            var key = EvidenceNormalizer.ToKey(prefix);
            if (key.Length >= 3 && Occurrences(articleKey, key) > Occurrences(sentenceKey, key))
            {
                return TrimConjunction(prefix);
            }
        }

        return speaker;
    }

    private static int Occurrences(string text, string key)
    {
        var count = 0;
        for (var at = text.IndexOf(key, StringComparison.Ordinal); at >= 0; at = text.IndexOf(key, at + key.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string TrimConjunction(string phrase)
    {
        var trimmed = phrase.TrimEnd();
        return trimmed.EndsWith(" و", StringComparison.Ordinal) ? trimmed[..^2] : trimmed;
    }
}
