using Gist.Core.Abstractions;
using Gist.Summarization.Gate;
using Gist.Summarization.Prompts;

namespace Gist.Summarization.Llm;

/// <summary>
/// Checks the pipeline makes on model output whatever the prompt said: the language it is written in, its
/// length, that it carries no link the article does not have (what an obeyed prompt injection would add), and
/// that it does not repeat the system prompt or the article's delimiters (an obeyed "reveal your prompt"; checked
/// when prompts are given). Links, echoes and language are judged by the <see cref="ModelTextGate"/>, as for every model text.
/// </summary>
public sealed class OutputChecks(ILanguageDetector languages, PromptLibrary? prompts = null)
{
    private readonly ModelTextGate gate = new(languages, prompts);

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

        // Claims and speakers too, not evidence: evidence is the article's own words, checked against it elsewhere.
        var written = prose + " " + string.Join(' ', document.Claims.Select(c => c.Text + " " + c.Speaker));
        var article = ModelTextSource.Of(source);
        foreach (var link in Addresses.Find(written).Select(m => Addresses.Trim(m.Value)).Distinct(StringComparer.Ordinal))
        {
            // Unmistakable links cost a repair; a bare name that only looks like a domain is defanged by the gate.
            if (IsUnmistakable(link) && !article.Has(link))
            {
                problems.Add($"The link {link} is not in the article; do not add links.");
            }
        }

        problems.AddRange(gate.FindEchoes(written, article).Select(p => p.ForModel));
        return problems;
    }

    /// <summary>The detected language when it is clearly not the requested one; null when it matches or is unclear.</summary>
    public string? WrongLanguage(string text, string expected) => gate.WrongLanguage(text, expected);

    /// <summary>True when <paramref name="text"/> repeats the instructions or the delimiters not found in <paramref name="source"/>.</summary>
    public bool Echoes(string text, string source) => gate.FindEchoes(text, ModelTextSource.Of(source)).Count > 0;

    private static bool IsUnmistakable(string link) =>
        link.Contains("://", StringComparison.Ordinal) || link.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
}
