namespace Gist.Digests.Feeds;

/// <summary>One item as the feed gives it.</summary>
/// <param name="Id">RSS guid, Atom id or JSON Feed id; null when the feed gives none.</param>
/// <param name="Text">The item's content as plain text (HTML already turned into paragraphs).</param>
public sealed record FeedEntry(string? Id, string? Link, string? Title, string Text, DateTimeOffset? Published);
