using Gist.Summarization.Text;

namespace Gist.Summarization.Offline;

/// <summary>
/// Finds who a reporting verb attributes the words to: the named subject next to the verb, read from the
/// side the language puts it on, stopping at punctuation, a complementizer ("إن", "that", "что"), a
/// preposition or a time word. Returns null for a pronoun subject or when nothing is found.
/// </summary>
internal static class SpeakerFinder
{
    private const int MaxWords = 10;
    private const int MaxCjkCharacters = 12;

    /// <summary>Words that end a speaker phrase (normalized): complementizers, prepositions, time words, pronouns.</summary>
    private static readonly HashSet<string> Stops = new(
        ("ان انه انها انهما انهم انهن انني اننا بان بانه بانها لان في خلال اثناء بعد قبل عن على من مع الى امام ايضا مجددا " +
         "كذلك يوم اليوم امس الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت الاحد قوله قولها قولهم ما الذي التي عندما حين " +
         "حيث مساء صباح لدي هو هي هم لـ ل ب اي اية رغم الاسبوع الشهر العام الماضي الجاري المقبل امام " +
         "that which who whom whose when while as but because if he she it they we i you him her them us on in at " +
         "to for from with by during after before this has have had was were is are will would also later on " +
         "что как он она они мы я вы в на во по при после это также " +
         "که در به از با روز امروز دیروز او آنها ما من شما این آن نیز " +
         "que qui il elle ils on le la en el ella ellos dass er sie es")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(EvidenceNormalizer.Normalize),
        StringComparer.Ordinal);

    /// <summary>Adverbs that may sit between subject and verb ("Blinken also said") without ending the subject.</summary>
    private static readonly HashSet<string> Skippable = new(["also", "later", "previously", "again", "further", "separately", "ещё", "также"], StringComparer.Ordinal);

    public static string? Find(string sentence, IReadOnlyList<WordToken> tokens, VerbMatch match)
    {
        if (match.Verb.IsCjk)
        {
            return FindCjk(tokens[match.First], match);
        }

        return match.Verb.Side switch
        {
            SpeakerSide.After => After(sentence, tokens, match.Last + 1),
            SpeakerSide.Before => Before(sentence, tokens, match.First - 1) ?? After(sentence, tokens, match.Last + 1, namesOnly: true),
            _ => ClauseStart(sentence, tokens, match.First),
        };
    }

    /// <param name="namesOnly">
    /// For a subject after an English or Russian verb ("said Park Jin", "сказал Песков журналистам"): only the
    /// capitalized words, which is where the name ends and the object begins.
    /// </param>
    private static string? After(string sentence, IReadOnlyList<WordToken> tokens, int from, bool namesOnly = false)
    {
        var end = from;
        while (end < tokens.Count && end - from < MaxWords && tokens[end].IsWord && !Stops.Contains(tokens[end].Normalized)
            && !(namesOnly && char.IsLower(tokens[end].Raw[0])))
        {
            end++;
        }

        var speaker = Slice(sentence, tokens, from, end - 1);
        if (speaker is null || end >= tokens.Count || tokens[end].Raw is not ("," or "،"))
        {
            return speaker;
        }

        // An apposition naming the role: "دويون كيم، المحلل في مركز الأمن الأمريكي الجديد، إن…".
        var roleStart = end + 1;
        var roleEnd = roleStart;
        while (roleEnd < tokens.Count && roleEnd - roleStart < MaxWords && tokens[roleEnd].IsWord)
        {
            roleEnd++;
        }

        var isRole = roleEnd > roleStart && roleEnd < tokens.Count && tokens[roleEnd].Raw is "," or "،"
            && tokens[roleStart].Normalized.StartsWith("ال", StringComparison.Ordinal) && !Stops.Contains(tokens[roleStart].Normalized);
        return isRole ? Slice(sentence, tokens, from, roleEnd - 1) : speaker;
    }

    private static string? Before(string sentence, IReadOnlyList<WordToken> tokens, int from)
    {
        var start = from;
        var last = from;
        while (start >= 0 && from - start < MaxWords && tokens[start].IsWord)
        {
            if (Skippable.Contains(tokens[start].Normalized) && start == last)
            {
                last--;
            }
            else if (Stops.Contains(tokens[start].Normalized))
            {
                break;
            }

            start--;
        }

        return Slice(sentence, tokens, start + 1, last);
    }

    private static string? ClauseStart(string sentence, IReadOnlyList<WordToken> tokens, int verbAt)
    {
        var start = verbAt - 1;
        while (start >= 0 && tokens[start].IsWord)
        {
            start--;
        }

        start++;
        var end = start;
        while (end < verbAt && end - start < 5 && !Stops.Contains(tokens[end].Normalized))
        {
            end++;
        }

        return Slice(sentence, tokens, start, end - 1);
    }

    private static string? FindCjk(WordToken run, VerbMatch match)
    {
        var verb = match.Verb.Words[0];
        var text = match.Verb.Side == SpeakerSide.After
            ? run.Raw[(match.CjkOffset + verb.Length)..]
            : run.Raw[..match.CjkOffset];
        if (match.Verb.Side == SpeakerSide.After)
        {
            var end = text.IndexOf("报道", StringComparison.Ordinal);
            text = end > 0 ? text[..end] : text;
            return text.Length is > 0 and <= MaxCjkCharacters ? text : null;
        }

        return text.Length == 0 ? null : text[Math.Max(0, text.Length - MaxCjkCharacters)..];
    }

    private static string? Slice(string sentence, IReadOnlyList<WordToken> tokens, int first, int last)
    {
        // Trailing conjunctions ("بلينكن و") are not part of the name.
        while (last >= first && tokens[last].Normalized is "و" or "and" or "и")
        {
            last--;
        }

        while (first <= last && tokens[first].Normalized is "و" or "and" or "и")
        {
            first++;
        }

        return first > last ? null : sentence[tokens[first].Start..tokens[last].End];
    }
}
