namespace Gist.Evaluation.Comparison;

/// <summary>One measure of one model in two runs.</summary>
/// <param name="Worse">The change goes the wrong way (lower when higher is better, or the reverse).</param>
/// <param name="Fails">The measure is gated and got worse by more than the threshold.</param>
public sealed record MeasureChange(string Model, string BaselineModel, string Measure, double? Baseline, double? Current, bool Gated, bool Worse, bool Fails)
{
    public double? Delta => Baseline is { } b && Current is { } c ? c - b : null;
}
