using Gist.Core.Text;
using System.Text.RegularExpressions;
using Gist.Core.Abstractions;
using Gist.Summarization.Prompts;

namespace Gist.Summarization.Llm;

/// <summary>
/// Checks the pipeline makes on model output whatever the prompt said: the language it is written in, its
/// length, that it carries no link the article does not have (what an obeyed prompt injection would add), and
/// that it does not repeat the system prompt (an obeyed "reveal your prompt"; checked when prompts are given).
/// </summary>
public sealed partial class OutputChecks(ILanguageDetector languages, PromptLibrary? prompts = null)
{
    private readonly PromptEcho? echo = prompts is null ? null : PromptEcho.From(prompts);

    public const int MaxHeadline = 200;
    public const int MaxSummary = 1500;
    public const int MaxClaimText = 600;

    public IReadOnlyList<string> Find(SummaryDocument document, string source, string outputLanguage)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(document.Headline))
        {
            problems.Add("\"headline\" is empty.");
        }
        else if (document.Headline.Length > MaxHeadline)
        {
            problems.Add($"\"headline\" is {document.Headline.Length} characters; the limit is {MaxHeadline}.");
        }

        if (string.IsNullOrWhiteSpace(document.Summary))
        {
            problems.Add("\"summary\" is empty.");
        }
        else if (document.Summary.Length > MaxSummary)
        {
            problems.Add($"\"summary\" is {document.Summary.Length} characters; the limit is {MaxSummary}.");
        }

        if (document.Claims.Any(c => c.Text.Length > MaxClaimText))
        {
            problems.Add($"A claim's \"text\" is longer than {MaxClaimText} characters.");
        }

        var prose = document.Headline + ". " + document.Summary;
        if (WrongLanguage(prose, outputLanguage) is { } detected)
        {
            problems.Add($"The headline and summary are written in \"{detected}\", not in \"{outputLanguage}\" as required.");
        }

        var written = prose + " " + string.Join(' ', document.Claims.Select(c => c.Text + " " + c.Speaker));
        foreach (Match link in LinkPattern().Matches(written))
        {
            if (!source.Contains(link.Value, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"The link {link.Value} is not in the article; do not add links.");
            }
        }

        // Claims and speakers too, not evidence: evidence is the article's own words, checked against it elsewhere.
        if (echo is not null && echo.LongestRun(written, source) >= PromptEcho.MinRunWords)
        {
            problems.Add("The answer repeats your instructions; report only what the article says.");
        }

        return problems;
    }

    /// <summary>The detected language when it is clearly not the requested one; null when it matches or is unclear.</summary>
    public string? WrongLanguage(string text, string expected)
    {
        if (text.Length < 40)
        {
            return null;
        }

        var detected = languages.Detect(text);
        return detected is null || string.Equals(detected, expected, StringComparison.OrdinalIgnoreCase) ? null : detected;
    }

    [GeneratedRegex(@"(?:https?://|www\.)[^\s""'<>)\]]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex LinkPattern();
}
