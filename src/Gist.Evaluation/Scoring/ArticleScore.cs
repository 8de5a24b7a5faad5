namespace Gist.Evaluation.Scoring;

/// <summary>What one model did with one labelled article (the report's per-article row and its JSON).</summary>
public sealed record ArticleScore
{
    public required string Id { get; init; }
    public required string Language { get; init; }

    /// <summary>first-try, after-repair, or failed (the pipeline would have answered with the offline engine).</summary>
    public required string Outcome { get; init; }
    public string? FailureReason { get; init; }
    public bool JsonFirstTry { get; init; }
    public bool JsonAfterRepair { get; init; }
    public string Headline { get; init; } = "";
    public string Summary { get; init; } = "";
    public IReadOnlyList<ScoredClaim> Claims { get; init; } = [];
    public int ReturnedClaims { get; init; }
    public int VerifiedClaims { get; init; }
    public int ReferenceClaims { get; init; }
    public int CoveredReferenceClaims { get; init; }
    public int SpeakerAgreements { get; init; }
    public int KindAgreements { get; init; }

    /// <summary>Null when there was no answer to look at.</summary>
    public bool? OutputLanguageOk { get; init; }
    public string? DetectedLanguage { get; init; }
    public bool? SourceLanguageOk { get; init; }
    public IReadOnlyList<string> ForbiddenFound { get; init; } = [];
    public int ModelCalls { get; init; }
    public int CachedCalls { get; init; }
    public double LatencyMs { get; init; }
    public long InputTokens { get; init; }
    public long OutputTokens { get; init; }

    /// <summary>In the price's currency; null when the model has no configured price.</summary>
    public decimal? Cost { get; init; }

    /// <summary>The judge's groundedness score of headline and summary (1–5); null without a judge.</summary>
    public double? Groundedness { get; init; }
    public string? GroundednessReason { get; init; }

    public bool Accepted => Outcome != ArticleOutcomes.Failed;
}
