using System.ComponentModel.DataAnnotations;

namespace Gist.Evaluation.Running;

/// <summary>Configuration section "Evaluation": where <c>gist eval</c> reads its set and writes reports and cached answers.</summary>
public sealed class EvaluationOptions
{
    public const string SectionName = "Evaluation";

    /// <summary>The labelled set; default <c>samples/eval</c> next to the executable (<c>--set</c> overrides).</summary>
    public string? SetPath { get; set; }

    /// <summary>Where each run's report folder is written (<c>--out</c> overrides).</summary>
    [Required]
    public string ReportsPath { get; set; } = "eval-reports";

    /// <summary>The response cache: answers by request, so a re-run is free and reproducible offline.</summary>
    [Required]
    public string CachePath { get; set; } = "eval-cache";

    /// <summary>ISO 639-1 code of the language answers are asked in (<c>--language</c> overrides).</summary>
    [RegularExpression("^[a-z]{2}$", ErrorMessage = "Evaluation__OutputLanguage must be a two-letter ISO 639-1 code such as 'en'.")]
    public string OutputLanguage { get; set; } = "en";

    /// <summary>Price per million tokens by model name; cost is reported only for models listed here.</summary>
    public Dictionary<string, ModelPrice> Prices { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A model (same provider and endpoint as Llm) that judges headline and summary groundedness; none by default.</summary>
    public string? JudgeModel { get; set; }

    /// <summary>How much worse a gated measure may get before <c>--compare</c> fails: points for shares, a fraction for amounts.</summary>
    [Range(0.0, 1.0)]
    public double CompareThreshold { get; set; } = 0.02;
}
