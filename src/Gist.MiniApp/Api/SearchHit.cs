namespace Gist.MiniApp.Api;

/// <summary>One search result: a story of a digest (<see cref="Date"/> and <see cref="Story"/>) or a summary reply (<see cref="ArticleId"/>).</summary>
/// <param name="Kind">"story" or "article".</param>
/// <param name="Snippet">The matching text, shortened around the match.</param>
public sealed record SearchHit(string Kind, string Headline, string Snippet, string? Date, int? Story, long? ArticleId);
