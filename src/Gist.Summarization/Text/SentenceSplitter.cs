namespace Gist.Summarization.Text;

/// <summary>
/// Splits text into sentences at line breaks and at . ! ? ؟ ۔ 。 ！ ？ (with any closing quotes after them),
/// across Latin, Cyrillic, Arabic, Persian and CJK text. A Latin-script '.' does not end a sentence after an
/// abbreviation or an initial ("Mr.", "U.S.", "J. Smith") or before a lower-case word.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "rep", "sen", "gov",
        "pres", "adm", "maj", "rev", "inc", "corp", "co", "ltd", "vs", "etc", "no", "nos", "approx", "dept", "est",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "e.g", "i.e",
        "u.s", "u.k", "u.n", "г", "гг", "т", "д", "им", "ул", "тыс", "млн", "млрд", "руб", "проф", "акад", "ген",
        "m", "mme", "mlle", "sr", "sra", "dr", "nr", "bzw", "ca",
    };

    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            SplitLine(text, lineStart, lineEnd, paragraph, sentences);
            paragraph++;
            lineStart = lineEnd + 1;
        }

        return sentences;
    }

    private static void SplitLine(string text, int start, int end, int paragraph, List<Sentence> sentences)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (!IsTerminator(c))
            {
                continue;
            }

            var cut = i + 1;
            while (cut < end && (IsTerminator(text[cut]) || IsCloser(text[cut])))
            {
                cut++;
            }

            var wideStop = c is '。' or '！' or '？';
            if ((wideStop || cut == end || char.IsWhiteSpace(text[cut])) && !(c == '.' && cut - i == 1 && IsAbbreviationStop(text, sentenceStart, i, cut, end)))
            {
                Add(text, sentenceStart, cut, paragraph, sentences);
                sentenceStart = cut;
            }

            i = cut - 1;
        }

        Add(text, sentenceStart, end, paragraph, sentences);
    }

    private static bool IsAbbreviationStop(string text, int sentenceStart, int dot, int cut, int end)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        if (word.Length == 1 && char.IsUpper(word[0]) || Abbreviations.Contains(word))
        {
            return true;
        }

        var next = cut;
        while (next < end && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        // "approx. five": a Latin or Cyrillic sentence does not start in lower case.
        return next < end && char.IsLower(text[next]);
    }

    private static void Add(string text, int from, int to, int paragraph, List<Sentence> sentences)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        var span = text[from..to];
        if (span.Any(char.IsLetterOrDigit))
        {
            sentences.Add(new Sentence(sentences.Count, paragraph, from, span));
        }
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '؟' or '۔' or '。' or '！' or '？' or '…';

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or '›' or ')' or ']' or '」' or '』' or '）';
}
