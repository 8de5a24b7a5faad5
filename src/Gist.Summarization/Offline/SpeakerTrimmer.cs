using Gist.Summarization.Text;

namespace Gist.Summarization.Offline;

/// <summary>
/// After a transitive verb ("نفت كوريا الشمالية و روسيا عقد أي صفقات"), Arabic puts the object right after the
/// subject with nothing between them. The subject is the longest opening of the phrase that the article also
/// names elsewhere ("كوريا الشمالية و روسيا"); the object words never appear with it.
/// </summary>
internal static class SpeakerTrimmer
{
    public static string ToKnownName(string speaker, string text, Sentence sentence)
    {
        var rest = EvidenceNormalizer.ToKey(text[..sentence.Start]) + "|" + EvidenceNormalizer.ToKey(text[sentence.End..]);
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = words.Length; count >= 1; count--)
        {
            var prefix = string.Join(' ', words.Take(count));
            var key = EvidenceNormalizer.ToKey(prefix);
            if (key.Length >= 3 && rest.Contains(key, StringComparison.Ordinal))
            {
                return TrimConjunction(prefix);
            }
        }

        return speaker;
    }

    private static string TrimConjunction(string phrase)
    {
        var trimmed = phrase.TrimEnd();
        return trimmed.EndsWith(" و", StringComparison.Ordinal) ? trimmed[..^2] : trimmed;
    }
}
