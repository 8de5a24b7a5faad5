using Gist.Core.Text;
using System.Text.RegularExpressions;
using Gist.Summarization.Text;

namespace Gist.Digests.Stories;

/// <summary>
/// The people, places and organizations an item names: the speakers of its claims, and — in text written in a
/// script with capitals — runs of capitalized words that do not open a sentence ("Park Jin", "Seoul").
/// Names are compared by their normalized, stemmed words so "Blinken" matches "Antony Blinken".
/// </summary>
public static partial class NamedEntities
{
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "A", "An", "He", "She", "They", "It", "We", "In", "On", "At", "But", "And", "Mr", "Ms", "Mrs", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December", "outlet", "Secretary", "State", "Minister", "President", "Foreign",
    };

    public static HashSet<string> Of(StoryItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var language = item.Summary.OutputLanguage;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in item.Summary.Claims)
        {
            if (!claim.Speaker.Contains("outlet", StringComparison.OrdinalIgnoreCase))
            {
                AddWords(names, claim.Speaker, language);
            }
        }

        var text = item.Summary.Headline + ". " + item.Summary.Summary + " " + string.Join(". ", item.Summary.Claims.Select(c => c.Text));
        foreach (Match match in CapitalizedRun().Matches(text))
        {
            var words = match.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !NotNames.Contains(w));
            AddWords(names, string.Join(' ', words), language);
        }

        return names;
    }

    private static void AddWords(HashSet<string> names, string text, string? language)
    {
        foreach (var term in TermExtractor.Terms(text, StopWords.For(language)))
        {
            if (term.Length >= 3)
            {
                names.Add(term);
            }
        }
    }

    // A capitalized word (letters of any cased script) not preceded by a sentence end, then further capitalized words.
    [GeneratedRegex(@"(?<![.!?:]\s)(?<!^)\b\p{Lu}[\p{Ll}\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{Lu}'’-]+)*", RegexOptions.Multiline, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex CapitalizedRun();
}
