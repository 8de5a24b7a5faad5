namespace Gist.Digests.Subscriptions;

/// <summary>
/// What an OPML import did: the feeds subscribed, the addresses that failed (with why) and how many outlines were
/// not tried because the chat's subscription limit was reached (every address tried counts, failed or not).
/// </summary>
public sealed record ImportResult(IReadOnlyList<string> Added, IReadOnlyList<(string Url, string Error)> Failed, int Skipped);
