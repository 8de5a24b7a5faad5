namespace Gist.Evaluation.Caching;

/// <summary>A cache entry: the answer to one request, with the latency and token counts of the call that made it,
/// so a replayed run reports the same figures as the original one.</summary>
public sealed record CachedResponse(string Model, string Text, double LatencyMs, long InputTokens, long OutputTokens, DateTimeOffset CreatedAt);
