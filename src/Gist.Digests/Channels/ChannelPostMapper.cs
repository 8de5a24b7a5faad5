using Gist.Core.Articles;
using Gist.Core.Digests;
using Gist.Input;

namespace Gist.Digests.Channels;

/// <summary>
/// A channel post as a stored item: its identity is <c>name/id</c> (an edited post stays one item), its text the
/// post's (a forward names where it came from), its date the post's. A post that is mostly a link to an article is a
/// teaser whose link is the article, read like any link when summarized; every other post links to itself,
/// <c>t.me/name/id</c>, its provenance. The text is cleaned like a feed item's (a "read also" tail, tag and share
/// lines cut; a date line becomes the article's own date).
/// </summary>
public sealed class ChannelPostMapper(PastedTextCleaner cleaner)
{
    private const int TitleCharacters = 120;

    public NewFeedItem Map(ChannelPage page, ChannelPost post)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(post);
        var cleaned = cleaner.Clean(post.Text);
        var body = cleaned.Text.Length > 0 ? cleaned.Text : post.Text;
        var text = post.ForwardedFrom is { } origin
            ? $"Forwarded from {origin}" + (post.ForwardedFromUrl is { } url ? $" ({url})" : "") + "\n" + body
            : body;
        var firstLine = post.Text.Split('\n', 2)[0];
        var title = firstLine.Length == 0 ? null : firstLine.Length <= TitleCharacters ? firstLine : firstLine[..TitleCharacters].TrimEnd() + "…";
        var link = post.IsMostlyLink && post.ArticleUrl is not null ? post.ArticleUrl : ChannelAddress.PostUrl(page.Name, post.Id);
        return new NewFeedItem(ChannelAddress.PostUrl(page.Name, post.Id), link, ContentHash.Of(text), title, text, post.IsMostlyLink, post.Date, cleaned.Published);
    }
}
