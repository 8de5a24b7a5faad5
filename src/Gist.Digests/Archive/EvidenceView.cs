namespace Gist.Digests.Archive;

/// <summary>One outlet's exact words for a claim, in the article's own language, with a link to the article.</summary>
/// <param name="Language">ISO 639-1 code of the quote's language, when known.</param>
public sealed record EvidenceView(string Outlet, string Quote, string? Language, string? Link);
