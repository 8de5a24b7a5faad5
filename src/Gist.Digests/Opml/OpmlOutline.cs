namespace Gist.Digests.Opml;

/// <summary>One feed of an OPML subscription list.</summary>
public sealed record OpmlOutline(string XmlUrl, string? Title, string? HtmlUrl);
