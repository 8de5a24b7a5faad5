using Gist.Core.Text;

namespace Gist.Input.Cleaning;

/// <summary>
/// A set of phrases that open a line of a known kind ("Tags:", "المصدر:"). A line matches when, folded,
/// it starts with a phrase and the phrase ends there or is followed by a separator (":", "-", "|", "»"…).
/// A phrase written with a trailing '*' may also be followed by a plain space ("اقرأ أيضا عنوان…").
/// </summary>
internal sealed class MarkerPhrases
{
    private readonly (string Phrase, bool SpaceAllowed)[] phrases;

    public MarkerPhrases(params string[] phrases)
    {
        // Longest first, so the remainder after the phrase is exact.
        this.phrases = phrases
            .Select(p => (Phrase: MarkerVocabulary.Folded(p), SpaceAllowed: MarkerVocabulary.SpaceAllowed(p)))
            .DistinctBy(p => p.Phrase)
            .OrderByDescending(p => p.Phrase.Length)
            .ToArray();
    }

    /// <summary>Returns the text after the phrase and its separator (maybe empty), or null when the line does not start with one.</summary>
    public string? Match(string foldedLine)
    {
        foreach (var (phrase, spaceAllowed) in phrases)
        {
            if (!foldedLine.StartsWith(phrase, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = foldedLine[phrase.Length..];
            if (rest.Length == 0)
            {
                return string.Empty;
            }

            var separated = IsSeparator(rest[0]) || (rest[0] == ' ' && rest.Length > 1 && IsSeparator(rest[1]));
            if (separated || (spaceAllowed && rest[0] == ' '))
            {
                return rest.TrimStart(' ', ':', '：', '-', '–', '—', '|', '.', '»', '>', '/', '،', ',').Trim();
            }
        }

        return null;
    }

    private static bool IsSeparator(char c) => c is ':' or '：' or '-' or '–' or '—' or '|' or '.' or '»' or '>' or '/' or '،' or ',';
}
