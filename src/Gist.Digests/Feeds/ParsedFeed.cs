namespace Gist.Digests.Feeds;

/// <summary>A feed document: its title, its site, and its items in document order.</summary>
public sealed record ParsedFeed(string Format, string? Title, string? SiteUrl, IReadOnlyList<FeedEntry> Entries);
