namespace Gist.Core.Digests;

/// <summary>An article the chat sent or forwarded to the bot, for the "your reading" section.</summary>
public sealed record ReadingEntry(long ArticleId, string? Title, string? Source, string? Url, DateTimeOffset ReadAt);
