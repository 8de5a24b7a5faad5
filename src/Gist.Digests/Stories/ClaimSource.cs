namespace Gist.Digests.Stories;

/// <summary>One outlet's report of a claim, with its exact words.</summary>
public sealed record ClaimSource(string Outlet, string Evidence, string? Url);
