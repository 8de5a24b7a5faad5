namespace Gist.Summarization;

/// <summary>What a <see cref="SharedResultCache"/> computation returns: the result, and the text to cache for it
/// (null when the result must not be cached, e.g. a partial translation or an offline fallback).</summary>
public readonly record struct ComputedResult<T>(T Value, string? Stored);
