using Gist.Core.Digests;

namespace Gist.Digests.Building;

/// <summary>
/// Which items of different feeds are the same article: the same link; without a link, the same full text. A short
/// text (a teaser such as "تفاصيل" or "Read more", or an empty description) is shared by unrelated articles, so it
/// never makes two items one: such an item is only ever itself.
/// </summary>
public static class ArticleIdentity
{
    public static string Of(FeedItemRecord item, int teaserCharacters)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Link is { Length: > 0 } link)
        {
            return "link:" + link;
        }

        return item.Text.Length >= Math.Max(teaserCharacters, 1) ? "text:" + item.ContentHash : "item:" + item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
