using System.Globalization;
using System.Text;
using Gist.Digests.Feeds;
using Microsoft.Extensions.Options;

namespace Gist.Digests.Channels;

/// <summary>
/// Reads a public channel's web preview at <c>{ChannelPreviewBaseUrl}/s/{name}</c> through the safe feed fetcher
/// (conditional GET, Retry-After, the same address checks as links), and pages back with <c>?before=&lt;id&gt;</c> until
/// it reaches a post already known, or — on the first read — a post older than <see cref="DigestsOptions.ChannelPageBack"/>,
/// so no post of the digest window is missed. A name with no preview fails with the reason, fit for the chat.
/// </summary>
public sealed class ChannelReader(FeedFetcher fetcher, IOptions<DigestsOptions> options, TimeProvider time)
{
    /// <summary>Set in a failure's Data when the name has no preview (unknown, private, preview off): polling it again is pointless.</summary>
    public const string ChannelGone = "channel-gone";

    /// <summary>Most pages read in one poll (each holds about 20 posts).</summary>
    public const int MaxPages = 10;

    /// <summary>The page(s), or null when the preview did not change (304).</summary>
    /// <param name="newestKnownId">The newest post already stored, or null on the first read.</param>
    /// <exception cref="FeedFetchException">The preview cannot be read, or the name has none (not transient then).</exception>
    public async Task<(ChannelPage? Page, FeedResponse Response)> ReadAsync(string name, string? etag, string? lastModified, long? newestKnownId, CancellationToken cancellationToken)
    {
        var first = await fetcher.FetchAsync(PreviewUrl(name, null), etag, lastModified, cancellationToken);
        if (first.NotModified)
        {
            return (null, first);
        }

        var page = ParseOrExplain(first, name);
        var posts = page.Posts.ToList();
        var shown = new HashSet<long>(page.ShownIds);
        var oldest = page.OldestId;
        var since = time.GetUtcNow() - options.Value.ChannelPageBack;
        for (var pages = 1; pages < MaxPages && oldest is > 1 && NeedsOlder(posts, oldest.Value, newestKnownId, since); pages++)
        {
            var older = ParseOrExplain(await fetcher.FetchAsync(PreviewUrl(name, oldest), null, null, cancellationToken), name);
            if (older.OldestId is not { } next || next >= oldest)
            {
                break;
            }

            posts.AddRange(older.Posts.Where(p => p.Id < oldest));
            shown.UnionWith(older.ShownIds);
            oldest = next;
        }

        return (page with { Posts = posts.OrderBy(p => p.Id).ToList(), OldestId = oldest, ShownIds = shown }, first);
    }

    /// <summary>The preview address of a channel, or of its posts before <paramref name="before"/>.</summary>
    public Uri PreviewUrl(string name, long? before)
    {
        var address = new StringBuilder(options.Value.ChannelPreviewBaseUrl.TrimEnd('/')).Append("/s/").Append(name);
        if (before is { } id)
        {
            address.Append("?before=").Append(id.ToString(CultureInfo.InvariantCulture));
        }

        return new Uri(address.ToString());
    }

    /// <summary>After a gap (nothing on the page is known yet) or on the first read (back to the page-back window).</summary>
    private static bool NeedsOlder(List<ChannelPost> posts, long oldest, long? newestKnownId, DateTimeOffset since) =>
        newestKnownId is { } known ? oldest > known + 1 : posts.Count == 0 || posts.Min(p => p.Date ?? DateTimeOffset.MaxValue) > since;

    private static ChannelPage ParseOrExplain(FeedResponse response, string name)
    {
        var html = Encoding.UTF8.GetString(response.Body);
        var redirectedAway = !response.FinalUrl.AbsolutePath.StartsWith("/s/", StringComparison.Ordinal);
        return (redirectedAway ? null : ChannelPageParser.Parse(html, name))
            ?? throw new FeedFetchException(ChannelUnavailable.Reason(html, name), isTransient: false) { Data = { [ChannelGone] = true } };
    }
}
