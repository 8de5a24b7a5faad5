namespace Gist.Digests.Feeds;

/// <summary>A feed found for an address the user gave, with the response it came from.</summary>
public sealed record DiscoveredFeed(Uri Url, ParsedFeed Feed, FeedResponse Response);
