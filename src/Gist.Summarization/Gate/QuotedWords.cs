using System.Text;
using System.Text.RegularExpressions;
using Gist.Summarization.Text;

namespace Gist.Summarization.Gate;

/// <summary>
/// Words a model puts in quotation marks present themselves as the source's own. Each quoted passage of two words
/// or more is looked up in the source, normalized as claim evidence is (<see cref="EvidenceNormalizer"/>); one that
/// is not there — invented, or translated from another language — is followed by <see cref="Caveat"/>, so the
/// reader never takes it for the article's wording.
/// </summary>
public static partial class QuotedWords
{
    public const string Caveat = " (not the article's exact words)";

    /// <summary>The quoted passages of <paramref name="text"/> that the source does not contain.</summary>
    public static IReadOnlyList<string> NotInSource(string text, ModelTextSource source) =>
        Quotes().Matches(text).Select(Passage).Where(p => IsCheckable(p) && !InSource(p, source)).ToList();

    /// <summary>The text with <see cref="Caveat"/> after every quoted passage the source does not contain.</summary>
    public static string Caveated(string text, ModelTextSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var result = new StringBuilder(text.Length + 32);
        var last = 0;
        foreach (Match match in Quotes().Matches(text))
        {
            var passage = Passage(match);
            if (!IsCheckable(passage) || InSource(passage, source))
            {
                continue;
            }

            var end = match.Index + match.Length;
            result.Append(text, last, end - last).Append(Caveat);
            last = end;
        }

        return last == 0 ? text : result.Append(text, last, text.Length - last).ToString();
    }

    private static string Passage(Match match) => match.Groups["q"].Value;

    private static bool IsCheckable(string passage) => WordCount.Of(passage) >= 2;

    private static bool InSource(string passage, ModelTextSource source)
    {
        var key = EvidenceNormalizer.ToKey(passage.Trim().TrimEnd('.', ',', '…'));
        return key.Length == 0 || source.Normalized.IndexOf(key, 0) >= 0;
    }

    // "…", “…”, «…», „…“ and 「…」 on one line; straight single quotes are apostrophes too often to count.
    [GeneratedRegex("""
        "(?<q>[^"\n]{2,400})"|“(?<q>[^”“\n]{2,400})”|«(?<q>[^»«\n]{2,400})»|„(?<q>[^“”„\n]{2,400})[“”]|「(?<q>[^」\n]{1,400})」
        """, RegexOptions.CultureInvariant)]
    private static partial Regex Quotes();
}
