namespace Gist.Digests.Archive;

/// <summary>An article the chat sent to the bot that day (the digest's "your reading").</summary>
public sealed record ReadingView(long ArticleId, string? Title, string? Source, string? Url, DateTimeOffset ReadAt);
