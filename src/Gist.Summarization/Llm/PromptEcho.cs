using System.Globalization;
using System.Text;
using Gist.Summarization.Prompts;

namespace Gist.Summarization.Llm;

/// <summary>
/// Finds model output that repeats the bot's own instructions word for word (an obeyed "reveal your prompt"):
/// the longest run of consecutive words the output shares with a system prompt. Words are compared lower-cased,
/// punctuation and spacing ignored, so a reformatted copy is still a copy.
/// </summary>
public sealed class PromptEcho
{
    /// <summary>A copied run this long (in words) is a leak; shorter shared phrases ("the article", "in English") are not.</summary>
    public const int MinRunWords = 12;

    /// <summary>Runs are found through windows of this many words.</summary>
    private const int Window = 6;

    private readonly HashSet<string> windows = new(StringComparer.Ordinal);

    public PromptEcho(IEnumerable<string> instructions)
    {
        foreach (var text in instructions)
        {
            foreach (var window in Windows(Words(text)))
            {
                windows.Add(window);
            }
        }
    }

    /// <summary>The instructions of every system prompt in the library (what a "reveal your prompt" asks for).</summary>
    public static PromptEcho From(PromptLibrary prompts) =>
        new(PromptLibrary.Required.Where(n => n.EndsWith(".system", StringComparison.Ordinal)).Select(n => prompts[n].Text)
            .Append(prompts["repair.user"].Text).Append(prompts["repair-text.user"].Text));

    /// <summary>
    /// The longest run of words <paramref name="output"/> copies from the instructions, ignoring runs the
    /// <paramref name="source"/> article itself contains (an article may quote a prompt; quoting it back is fair).
    /// </summary>
    public int LongestRun(string output, string source)
    {
        var words = Words(output);
        if (words.Count < Window)
        {
            return 0;
        }

        var inSource = new HashSet<string>(Windows(Words(source)), StringComparer.Ordinal);
        var longest = 0;
        var run = 0;
        foreach (var window in Windows(words))
        {
            run = windows.Contains(window) && !inSource.Contains(window) ? run + 1 : 0;
            longest = Math.Max(longest, run == 0 ? 0 : run + Window - 1);
        }

        return longest;
    }

    private static IEnumerable<string> Windows(List<string> words)
    {
        // GetRange: string.Join(' ', list, i, n) would bind to Join(char, params object[]) and join the list's type name.
        for (var i = 0; i + Window <= words.Count; i++)
        {
            yield return string.Join(' ', words.GetRange(i, Window));
        }
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
