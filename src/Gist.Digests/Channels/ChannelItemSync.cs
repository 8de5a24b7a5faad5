using System.Globalization;
using Gist.Core.Digests;
using Gist.Core.Storage;

namespace Gist.Digests.Channels;

/// <summary>
/// Stores what a read of a channel's preview shows, as a reader of the channel sees it: a new post is a new item; a
/// post whose words changed (edited) updates its item, so the digest summarizes what the channel now says and never
/// shows it twice; a stored post from the oldest post the read reached up to the newest that the preview no longer
/// shows was deleted by the channel and leaves the digest (a read starts at the newest page, so the range is open above).
/// </summary>
public sealed class ChannelItemSync(ChannelPostMapper mapper, IFeedStore feeds)
{
    /// <summary>How many stored items are compared with a read (a read is at most <see cref="ChannelReader.MaxPages"/> pages of about 20 posts).</summary>
    private const int Compared = ChannelReader.MaxPages * 25;

    public async Task<ChannelSyncResult> StoreAsync(long feedId, ChannelPage page, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var items = page.Posts.Select(p => mapper.Map(page, p)).ToList();
        var added = await feeds.AddItemsAsync(feedId, items, now, cancellationToken);
        var edited = await feeds.UpdateChangedItemsAsync(feedId, items, cancellationToken);
        var deleted = 0;
        if (page.OldestId is { } oldest)
        {
            var gone = (await feeds.GetLatestAsync(feedId, Compared, cancellationToken))
                .Select(i => (i.ItemKey, Id: PostId(i.ItemKey)))
                .Where(x => x.Id is { } id && id >= oldest && !page.ShownIds.Contains(id))
                .Select(x => x.ItemKey)
                .ToList();
            deleted = gone.Count == 0 ? 0 : await feeds.RemoveItemsAsync(feedId, gone, cancellationToken);
        }

        return new ChannelSyncResult(items.Count, added, edited, deleted);
    }

    /// <summary>The post number of a channel item's key (<c>https://t.me/name/id</c>).</summary>
    public static long? PostId(string itemKey)
    {
        ArgumentNullException.ThrowIfNull(itemKey);
        return long.TryParse(itemKey.AsSpan(itemKey.LastIndexOf('/') + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}
