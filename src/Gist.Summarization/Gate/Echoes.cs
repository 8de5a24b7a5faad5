using System.Text.RegularExpressions;
using Gist.Summarization.Llm;
using Gist.Summarization.Prompts;

namespace Gist.Summarization.Gate;

/// <summary>
/// Model text that repeats the bot's own request: the delimiter that fences the article in (<see cref="ArticleDelimiter"/>)
/// or the marker lines around it, and runs of the system prompts' words (<see cref="PromptEcho"/>). What the source
/// itself contains is not an echo (an article may quote a prompt).
/// </summary>
public sealed partial class Echoes(PromptLibrary? prompts)
{
    private static readonly string[] Markers = ["ARTICLE START", "ARTICLE END", "PARTS START", "PARTS END"];

    private readonly PromptEcho? echo = prompts is null ? null : PromptEcho.From(prompts);

    public IReadOnlyList<GateProblem> Find(string text, ModelTextSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var problems = new List<GateProblem>();
        var delimiter = Delimiter().Match(text);
        if ((delimiter.Success && !source.Text.Contains(delimiter.Value, StringComparison.Ordinal))
            || Markers.Any(m => text.Contains(m, StringComparison.Ordinal) && !source.Text.Contains(m, StringComparison.Ordinal)))
        {
            problems.Add(new GateProblem(
                "The answer repeats the marker lines around the article; write only the answer itself.",
                "repeated the bot's own instructions"));
        }

        if (echo is not null && echo.LongestRun(text, source.Text) >= PromptEcho.MinRunWords)
        {
            problems.Add(new GateProblem(
                "The answer repeats your instructions; report only what the article says.",
                "repeated the bot's own instructions"));
        }

        return problems;
    }

    [GeneratedRegex("<<<[0-9A-Fa-f]{8,}>>>", RegexOptions.CultureInvariant)]
    private static partial Regex Delimiter();
}
