namespace Gist.Digests.Archive;

/// <summary>One outlet's report of a story: its name, the article's language, when it reported and where.</summary>
/// <param name="Language">ISO 639-1 code of the article's language.</param>
public sealed record OutletView(string Name, string? Title, string? Language, DateTimeOffset ReportedAt, string? Link);
