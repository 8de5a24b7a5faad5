namespace Gist.Core.Digests;

/// <summary>A chat's subscription to a feed, with its keyword filters (words separated by spaces or commas).</summary>
public sealed record Subscription(
    long Id,
    long ChatId,
    long FeedId,
    string FeedUrl,
    string? FeedTitle,
    string IncludeWords,
    string ExcludeWords,
    DateTimeOffset CreatedAt);
