namespace Gist.Core.Summaries;

/// <summary>What the summarizer returns after validation and the evidence check.</summary>
public sealed record SummaryResult
{
    public required string Headline { get; init; }
    public required string Summary { get; init; }
    public required IReadOnlyList<Claim> Claims { get; init; }

    /// <summary>ISO 639-1 code of the article's language.</summary>
    public required string SourceLanguage { get; init; }

    /// <summary>ISO 639-1 code of the language the headline, summary and claims are written in.</summary>
    public string OutputLanguage { get; init; } = "en";

    /// <summary><see cref="SummaryEngine.Llm"/> or <see cref="SummaryEngine.Offline"/>.</summary>
    public required string Engine { get; init; }

    /// <summary>Claims the model returned whose evidence is not in the source, and so are not shown.</summary>
    public int DroppedClaims { get; init; }

    public string? Model { get; init; }
    public string? PromptVersion { get; init; }

    /// <summary>Why the offline engine answered instead of the model, when it did (shown to the user).</summary>
    public string? FallbackReason { get; init; }

    /// <summary>The offline engine answered because the model was unavailable for a transient reason (429, 5xx,
    /// timeout): the request may be re-run with the model later and this reply replaced.</summary>
    public bool ModelMayAnswerLater { get; init; }
}
