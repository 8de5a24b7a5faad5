namespace Gist.Evaluation.Measures;

/// <summary>How a measure's value reads, and so how a change in it is judged by <c>--compare</c>.</summary>
public enum MeasureUnit
{
    /// <summary>0 to 1, shown as a percentage; a threshold is in absolute points (0.05 = 5 points).</summary>
    Share,

    /// <summary>A count or an amount; a threshold is relative to the old value (0.05 = 5 %).</summary>
    Amount,
}
