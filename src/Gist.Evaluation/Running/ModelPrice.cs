namespace Gist.Evaluation.Running;

/// <summary>A model's price per million tokens (configuration: <c>Evaluation:Prices:&lt;model&gt;</c>).</summary>
public sealed class ModelPrice
{
    public decimal InputPerMillion { get; set; }

    public decimal OutputPerMillion { get; set; }

    public decimal Of(long inputTokens, long outputTokens) =>
        (inputTokens * InputPerMillion + outputTokens * OutputPerMillion) / 1_000_000m;
}
