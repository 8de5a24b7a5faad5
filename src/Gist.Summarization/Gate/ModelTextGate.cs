using System.Text;
using Gist.Core.Abstractions;
using Gist.Core.Summaries;
using Gist.Summarization.Llm;
using Gist.Summarization.Prompts;

namespace Gist.Summarization.Gate;

/// <summary>
/// The one gate for every model text that reaches a user — summaries and claims, translations, follow-up answers,
/// digest stories, and transcriptions of images and audio. The model's answer is untrusted (an article can carry a
/// prompt injection that a real model obeys), so:
/// <list type="bullet">
/// <item><see cref="Clean"/> (always): invisible and bidi control characters go (<see cref="InvisibleCharacters"/>);
/// an address the source does not have is defanged so Telegram cannot link it (<see cref="Addresses"/>).</item>
/// <item>Checks, for one repair and then a fallback: echoes of the bot's instructions or of the delimiters around
/// the article (<see cref="FindEchoes"/>), wrong language, implausible length (<see cref="CheckTranslation"/>,
/// <see cref="CheckProse"/>).</item>
/// <item>Quoted words that are not the source's are caveated (<see cref="QuotedWords"/>).</item>
/// </list>
/// The renderers escape everything afterwards, so markup in model text is shown as text, never parsed.
/// </summary>
public sealed class ModelTextGate(ILanguageDetector languages, PromptLibrary? prompts = null)
{
    /// <summary>Texts shorter than this are not language-checked: a name or a number has no language.</summary>
    public const int MinLanguageCheckLength = 40;

    private readonly Echoes echoes = new(prompts);

    /// <summary>The model's text without invisible characters, every address the source lacks defanged.</summary>
    public string Clean(string? text, ModelTextSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var visible = InvisibleCharacters.Strip(text);
        StringBuilder? result = null;
        var last = 0;
        foreach (var match in Addresses.Find(visible))
        {
            var address = Addresses.Trim(match.Value);
            if (address.Length == 0 || source.Has(address))
            {
                continue;
            }

            result ??= new StringBuilder(visible.Length + 16);
            result.Append(visible, last, match.Index - last).Append(Addresses.Defang(address));
            last = match.Index + address.Length;
        }

        return result is null ? visible : result.Append(visible, last, visible.Length - last).ToString();
    }

    /// <summary>The source's own words as the model quotes them (checked evidence): only invisible characters go.</summary>
    public static string CleanQuotation(string? text) => InvisibleCharacters.Strip(text).Trim();

    /// <summary>A summary with every field cleaned: the model's prose by <see cref="Clean"/>, the evidence by <see cref="CleanQuotation"/>.</summary>
    public SummaryResult Pass(SummaryResult result, ModelTextSource source)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result with
        {
            Headline = Clean(result.Headline, source).Trim(),
            Summary = Clean(result.Summary, source).Trim(),
            Claims = result.Claims
                .Select(c => new Claim(Clean(c.Text, source).Trim(), Clean(c.Speaker, source).Trim(), Clean(c.Kind, source).Trim(), CleanQuotation(c.Evidence)))
                .ToList(),
        };
    }

    /// <summary>A follow-up answer cleaned, its unverified quotations caveated, its supporting passages cleaned.</summary>
    public ArticleAnswer Pass(ArticleAnswer answer, ModelTextSource source)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer with
        {
            Answer = QuotedWords.Caveated(Clean(answer.Answer, source), source).Trim(),
            Quotes = answer.Quotes.Select(CleanQuotation).Where(q => q.Length > 0).ToList(),
        };
    }

    /// <summary>The model repeating the bot's instructions, or the delimiter lines that fence the article in its prompt.</summary>
    public IReadOnlyList<GateProblem> FindEchoes(string text, ModelTextSource source) => echoes.Find(text, source);

    /// <summary>Checks for free text (a follow-up answer, a digest story's headline or summary).</summary>
    public IReadOnlyList<GateProblem> CheckProse(string text, ModelTextSource source, string language, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [new GateProblem("The answer is empty.", "was empty")];
        }

        var problems = new List<GateProblem>();
        if (text.Length > maxLength)
        {
            problems.Add(new GateProblem(
                $"The answer is {text.Length} characters long; the limit is {maxLength}. Be brief.",
                "was far too long"));
        }

        if (WrongLanguage(text, language) is { } detected)
        {
            problems.Add(WrongLanguageProblem("answer", detected, language));
        }

        problems.AddRange(FindEchoes(text, source));
        return problems;
    }

    /// <summary>
    /// Checks that a translation is one: not empty, in the requested language, of a length plausible for the
    /// source (<see cref="TranslationLength"/>), and not an echo of the prompt.
    /// </summary>
    public IReadOnlyList<GateProblem> CheckTranslation(string translation, string sourceText, string language)
    {
        if (string.IsNullOrWhiteSpace(translation))
        {
            return [new GateProblem("The translation is empty; translate the whole text.", "was empty")];
        }

        var problems = new List<GateProblem>();
        if (TranslationLength.IsTooLong(translation, sourceText))
        {
            problems.Add(new GateProblem(
                $"The translation is {TranslationLength.Ratio(translation, sourceText):0.#} times as long as the text. Translate only the text, adding nothing of your own.",
                "was far longer than the original, with text the original does not have"));
        }
        else if (TranslationLength.IsTooShort(translation, sourceText))
        {
            problems.Add(new GateProblem(
                $"The translation is only {TranslationLength.Ratio(translation, sourceText):P0} of the text's length. Translate all of it, paragraph by paragraph.",
                "was far shorter than the original, leaving most of it out"));
        }

        if (WrongLanguage(translation, language) is { } detected)
        {
            problems.Add(WrongLanguageProblem("translation", detected, language));
        }

        problems.AddRange(FindEchoes(translation, ModelTextSource.Of(sourceText)));
        return problems;
    }

    /// <summary>The detected language when it is clearly not the requested one; null when it matches or is unclear.</summary>
    public string? WrongLanguage(string text, string expected)
    {
        if (text.Length < MinLanguageCheckLength)
        {
            return null;
        }

        var detected = languages.Detect(text);
        return detected is null || string.Equals(detected, expected, StringComparison.OrdinalIgnoreCase) ? null : detected;
    }

    /// <summary>"the model's translation was in French, not English, even when asked again": the plain reason for a fallback.</summary>
    public static string Reason(string what, IEnumerable<GateProblem> problems) =>
        $"the model's {what} {string.Join(" and ", problems.Select(p => p.ForUser).Distinct(StringComparer.Ordinal))}, even when asked again";

    private static GateProblem WrongLanguageProblem(string what, string detected, string expected) => new(
        $"The {what} is written in \"{detected}\", not in {LanguageNames.Of(expected)} as required.",
        $"was in {LanguageNames.Of(detected)}, not {LanguageNames.Of(expected)}");
}
