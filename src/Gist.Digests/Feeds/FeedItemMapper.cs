using Gist.Core.Articles;
using Gist.Core.Digests;
using Gist.Input;

namespace Gist.Digests.Feeds;

/// <summary>
/// A feed entry as a stored item: the text cleaned like a pasted article (a trailing "read also" block, tag, share,
/// date and source lines removed — they must never reach a story), its content hash, and whether it is a teaser.
/// Its identity is the guid, else the link, else — only when the feed gives neither — its title with its text: a
/// teaser ("تفاصيل", "Read more") or a title that many items repeat never makes different articles one item.
/// </summary>
public sealed class FeedItemMapper(PastedTextCleaner cleaner)
{
    public NewFeedItem? Map(FeedEntry entry, Uri feedUrl, int teaserCharacters)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var link = entry.Link is not null && Uri.TryCreate(feedUrl, entry.Link, out var absolute) && absolute.Scheme is "http" or "https" ? absolute.AbsoluteUri : null;
        var cleaned = cleaner.Clean(entry.Text);
        var text = cleaned.Text;
        if (text.Length == 0 && link is null && entry.Title is null)
        {
            return null;
        }

        var key = (string.IsNullOrWhiteSpace(entry.Id) ? null : entry.Id.Trim()) ?? link ?? ContentHash.Of((entry.Title ?? "") + "\n" + entry.Text);
        var hash = ContentHash.Of(text.Length > 0 ? text : (entry.Title ?? "") + "\n" + link);
        var teaser = text.Length < teaserCharacters && link is not null;
        return new NewFeedItem(key, link, hash, entry.Title ?? cleaned.Title, text, teaser, entry.Published ?? cleaned.Published, cleaned.Published);
    }
}
