namespace Gist.Extraction.Fetching;

/// <summary>A fetched response body with what the server said about it.</summary>
/// <param name="MediaType">Lower-case media type from Content-Type ("text/html"), or null when absent.</param>
/// <param name="Charset">The charset parameter of Content-Type, when given.</param>
public sealed record FetchedPage(Uri FinalUrl, byte[] Body, string? MediaType, string? Charset);
