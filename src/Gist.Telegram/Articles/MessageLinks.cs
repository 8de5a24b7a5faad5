using Gist.Input.Links;
using Gist.Telegram.Processing;
using Telegram.Bot.Types.Enums;

namespace Gist.Telegram.Articles;

/// <summary>
/// The http(s) links of a message: <c>url</c> entities (the address is the text itself) and <c>text_link</c>
/// entities (the address is in <c>entity.url</c>), from <c>entities</c> or <c>caption_entities</c>
/// (https://core.telegram.org/bots/api#messageentity; offsets in UTF-16 code units).
/// </summary>
public static class MessageLinks
{
    public static IReadOnlyList<Uri> Find(UpdateContext context)
    {
        var entities = context.Entities
            .Where(e => e.Type is MessageEntityType.Url or MessageEntityType.TextLink)
            .Select(e => new TextEntity(e.Type == MessageEntityType.Url ? "url" : "text_link", e.Offset, e.Length, e.Url))
            .ToList();
        return UrlFinder.Find(context.Text, entities);
    }

    /// <summary>The text with the links' own characters removed: what is left says whether it is a teaser or an article.</summary>
    public static int TextLengthWithoutLinks(UpdateContext context)
    {
        var length = context.Text.Length;
        foreach (var e in context.Entities.Where(e => e.Type == MessageEntityType.Url))
        {
            length -= e.Length;
        }

        return Math.Max(0, length);
    }
}
