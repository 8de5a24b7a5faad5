namespace Gist.Evaluation.Caching;

/// <summary>One answer the summarizer got: its text and what it cost when it was first asked.</summary>
/// <param name="FromCache">True when it was replayed from the response cache (no request was sent).</param>
public sealed record ModelCall(string Text, double LatencyMs, long InputTokens, long OutputTokens, bool FromCache);
