using Gist.Evaluation.Scoring;

namespace Gist.Evaluation.Measures;

/// <summary>One figure of a run, with the definition printed in every report.</summary>
/// <param name="Id">The name used in JSON, on the command line (<c>--fail-on</c>) and in tables.</param>
/// <param name="HigherIsBetter">True, false, or null when neither is better (not gated by default).</param>
/// <param name="Compute">The figure over a model's article scores; null when there is nothing to measure.</param>
public sealed record Measure(
    string Id,
    string Definition,
    MeasureUnit Unit,
    bool? HigherIsBetter,
    Func<IReadOnlyList<ArticleScore>, double?> Compute)
{
    public string Format(double? value) => value switch
    {
        null => "—",
        { } v when Unit == MeasureUnit.Share => v.ToString("P1", System.Globalization.CultureInfo.InvariantCulture),
        { } v when Math.Abs(v) < 1 && v != 0 => v.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture),
        { } v => v.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture),
    };
}
