using Gist.Extraction.Budgets;

namespace Gist.Digests.Feeds;

/// <summary>
/// The feed behind an address a user gives: the address itself when it is a feed, else the feeds its page
/// announces, else the usual paths on its host; at most <see cref="MaxCandidates"/> addresses are tried.
/// </summary>
public sealed class FeedLocator(FeedFetcher fetcher, ParsingGate gate)
{
    /// <summary>Addresses fetched in turn looking for the feed, besides the one given.</summary>
    public const int MaxCandidates = 6;

    /// <exception cref="FeedFetchException">The address cannot be fetched, or no feed was found for it.</exception>
    public async Task<DiscoveredFeed> LocateAsync(Uri address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var response = await fetcher.FetchAsync(address, null, null, cancellationToken);
        if (await TryParseAsync(response, cancellationToken) is { } direct)
        {
            return new DiscoveredFeed(response.FinalUrl, direct, response);
        }

        var candidates = FeedDiscovery.FromPage(response.Body, response.FinalUrl).Concat(FeedDiscovery.Guesses(response.FinalUrl)).Distinct().Take(MaxCandidates).ToList();
        foreach (var candidate in candidates)
        {
            FeedResponse attempt;
            try
            {
                attempt = await fetcher.FetchAsync(candidate, null, null, cancellationToken);
            }
            catch (FeedFetchException ex) when (!ex.Message.StartsWith("That address is not allowed", StringComparison.Ordinal))
            {
                continue;
            }

            if (await TryParseAsync(attempt, cancellationToken) is { } found)
            {
                return new DiscoveredFeed(attempt.FinalUrl, found, attempt);
            }
        }

        throw new FeedFetchException($"I found no RSS, Atom or JSON feed at {address.Host}{address.AbsolutePath.TrimEnd('/')}.", isTransient: false);
    }

    private async Task<ParsedFeed?> TryParseAsync(FeedResponse response, CancellationToken cancellationToken)
    {
        if (response.Body.Length == 0 || !FeedParser.LooksLikeFeed(response.Body, response.MediaType))
        {
            return null;
        }

        try
        {
            return await FeedParser.ParseAsync(response.Body, gate, cancellationToken);
        }
        catch (FeedFormatException)
        {
            return null;
        }
    }
}
