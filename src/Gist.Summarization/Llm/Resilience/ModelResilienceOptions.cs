using System.ComponentModel.DataAnnotations;

namespace Gist.Summarization.Llm.Resilience;

/// <summary>
/// Configuration section "Llm:Resilience": the one retry layer in front of the model (the SDK's own retries are
/// off), and the re-run of requests answered offline because the model was unavailable for a while.
/// </summary>
public sealed class ModelResilienceOptions
{
    public const string SectionName = "Llm:Resilience";

    /// <summary>Retries after the first attempt (429, 408, 5xx, network errors, attempt timeouts).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff delay; doubled each retry, with jitter, when the provider names no Retry-After.</summary>
    [Range(0.01, 60)]
    public double BaseDelaySeconds { get; set; } = 1;

    /// <summary>Longest wait between attempts; a Retry-After longer than this is not waited for (the request falls back).</summary>
    [Range(0.1, 600)]
    public double MaxDelaySeconds { get; set; } = 30;

    /// <summary>Time allowed for one attempt. Default: Llm:RequestTimeoutSeconds (long completions need minutes).</summary>
    [Range(0.1, 600)]
    public double? AttemptTimeoutSeconds { get; set; }

    /// <summary>Time allowed for all attempts and waits together; past it the user gets the offline result.</summary>
    [Range(0.5, 3600)]
    public double OverallTimeoutSeconds { get; set; } = 300;

    /// <summary>
    /// Share of failed calls in the sampling window that opens the circuit (calls then fail at once). High on
    /// purpose: a provider failing one call in three is still worth retrying; one failing nearly all is down.
    /// </summary>
    [Range(0.05, 1)]
    public double CircuitFailureRatio { get; set; } = 0.8;

    /// <summary>Calls in the window before the circuit may open.</summary>
    [Range(2, 10_000)]
    public int CircuitMinimumThroughput { get; set; } = 20;

    [Range(0.5, 3600)]
    public double CircuitSamplingSeconds { get; set; } = 60;

    /// <summary>How long an open circuit refuses calls before one trial call is let through.</summary>
    [Range(0.5, 3600)]
    public double CircuitBreakSeconds { get; set; } = 30;

    /// <summary>
    /// With several deployments (Llm__Endpoints): how long one that failed without a Retry-After (5xx, timeout,
    /// unreachable) is left out before calls try it again; doubled for each failure in a row.
    /// </summary>
    [Range(0.1, 3600)]
    public double EndpointCooldownSeconds { get; set; } = 5;

    /// <summary>The longest such rest (a deployment's own Retry-After is always honoured in full).</summary>
    [Range(0.1, 86_400)]
    public double EndpointMaxCooldownSeconds { get; set; } = 120;

    /// <summary>
    /// When the model was unavailable for a transient reason (429, 5xx, timeout, open circuit), re-run the request
    /// with the model later and replace the offline reply in place (the same messages are edited).
    /// </summary>
    public bool RerunFallbacks { get; set; } = true;

    /// <summary>First wait before a re-run; doubled after each re-run that still found the model unavailable.</summary>
    [Range(0.1, 86_400)]
    public double RerunDelaySeconds { get; set; } = 120;

    /// <summary>Re-runs tried per request before the offline reply is left as it is.</summary>
    [Range(1, 50)]
    public int RerunMaxAttempts { get; set; } = 5;

    /// <summary>How often the re-run service looks for due re-runs.</summary>
    [Range(0.05, 3600)]
    public double RerunPollSeconds { get; set; } = 5;

    /// <summary>A copy with another per-attempt timeout (around several deployments, one attempt may try each in turn).</summary>
    public ModelResilienceOptions WithAttemptTimeout(double seconds)
    {
        var copy = (ModelResilienceOptions)MemberwiseClone();
        copy.AttemptTimeoutSeconds = seconds;
        return copy;
    }
}
