using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Gist.Digests.Channels;

/// <summary>
/// Reads a channel's public web preview (<c>t.me/s/name</c>), the markup RSSHub's telegram/channel route reads too:
/// posts are <c>.tgme_widget_message_wrap</c> blocks holding <c>.tgme_widget_message[data-post="name/id"]</c>, the
/// text (or a photo's caption) in the bubble's <c>.tgme_widget_message_text</c>, the time in
/// <c>.tgme_widget_message_date time[datetime]</c>, a link preview in <c>a.tgme_widget_message_link_preview</c>, the
/// origin of a forward in <c>.tgme_widget_message_forwarded_from_name</c>; <c>.service_message</c>, polls and
/// stickers carry no news and are skipped; the quoted text of a reply is not the post's own text. The text keeps
/// what its entities carry: a text link's address, and the words of bold, italic, spoiler, code, mentions and
/// hashtags in place (a quote or a code block on lines of its own); their styling is dropped, because the text is
/// what gets summarized and the digest shows summaries.
/// </summary>
public static class ChannelPageParser
{
    /// <summary>A post whose own words (links aside) are shorter than this and that links an article is read through the article.</summary>
    public const int MostlyLinkCharacters = 140;

    private static readonly string[] Skipped =
    [
        ".service_message", ".tgme_widget_message_poll", ".tgme_widget_message_sticker", ".tgme_widget_message_tgsticker", ".tgme_widget_message_videosticker",
    ];

    /// <summary>The page, or null when it is not a channel's message history (no preview: see <see cref="ChannelUnavailable"/>).</summary>
    public static ChannelPage? Parse(string html, string name)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument(html);
        if (document.QuerySelector(".tgme_channel_history") is null && document.QuerySelector(".tgme_widget_message_wrap") is null)
        {
            return null;
        }

        var title = Clean(document.QuerySelector(".tgme_channel_info_header_title")?.TextContent);
        var posts = new List<ChannelPost>();
        long? oldest = null;
        var shown = new HashSet<long>();
        foreach (var wrap in document.QuerySelectorAll(".tgme_widget_message_wrap"))
        {
            var message = wrap.QuerySelector(".tgme_widget_message[data-post]");
            if (message is null || !TryId(message.GetAttribute("data-post"), out var id))
            {
                continue;
            }

            oldest = oldest is { } o ? Math.Min(o, id) : id;
            shown.Add(id);
            if (Skipped.Any(s => message.Matches(s) || message.QuerySelector(s) is not null))
            {
                continue;
            }

            if (Post(message, id) is { } post)
            {
                posts.Add(post);
            }
        }

        return new ChannelPage(name, title, posts.OrderBy(p => p.Id).ToList(), oldest) { ShownIds = shown };
    }

    private static ChannelPost? Post(IElement message, long id)
    {
        var bubble = message.QuerySelector(".tgme_widget_message_bubble") ?? message;
        var textElement = bubble.Children.FirstOrDefault(c => c.ClassList.Contains("tgme_widget_message_text"))
            ?? bubble.QuerySelectorAll(".tgme_widget_message_text").FirstOrDefault(e => e.Closest(".tgme_widget_message_reply") is null);
        var (text, ownWords, links) = textElement is null ? ("", "", new List<string>()) : Text(textElement);
        var preview = bubble.QuerySelector("a.tgme_widget_message_link_preview") as IHtmlAnchorElement;
        var article = Web(preview?.GetAttribute("href")) ?? (links.Count == 1 ? links[0] : null);
        if (text.Length == 0 && preview is not null)
        {
            // A post that is only a link preview: its title and description are its words.
            text = string.Join('\n', new[] { ".link_preview_title", ".link_preview_description" }
                .Select(s => Clean(preview.QuerySelector(s)?.TextContent)).OfType<string>());
        }

        if (text.Length == 0 && article is null)
        {
            return null;
        }

        var forward = bubble.QuerySelector(".tgme_widget_message_forwarded_from_name");
        var date = DateTimeOffset.TryParse(bubble.QuerySelector(".tgme_widget_message_date time[datetime]")?.GetAttribute("datetime"),
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : (DateTimeOffset?)null;
        var mostlyLink = article is not null && ownWords.Length < MostlyLinkCharacters;
        return new ChannelPost(id, date, text, article, mostlyLink, Clean(forward?.TextContent), Web(forward?.GetAttribute("href")));
    }

    /// <summary>The text with line breaks and each text link's address kept; the words alone; the external links.</summary>
    private static (string Text, string OwnWords, List<string> Links) Text(IElement element)
    {
        var text = new StringBuilder();
        var words = new StringBuilder();
        var links = new List<string>();
        Walk(element, text, words, links);
        var cleaned = string.Join('\n', text.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
        return (cleaned, words.ToString().Trim(), links);
    }

    private static void Walk(INode node, StringBuilder text, StringBuilder words, List<string> links)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data);
                    words.Append(t.Data);
                    break;
                case IElement { LocalName: "br" }:
                    text.Append('\n');
                    break;
                case IElement { LocalName: "a" } a when Web(a.GetAttribute("href")) is { } href && !IsTelegram(href):
                    var label = a.TextContent.Trim();
                    links.Add(href);
                    text.Append(label);
                    if (!string.Equals(label.TrimEnd('/'), href.TrimEnd('/'), StringComparison.OrdinalIgnoreCase) && !href.Contains(label, StringComparison.OrdinalIgnoreCase))
                    {
                        text.Append(" (").Append(href).Append(')');
                        words.Append(label);
                    }

                    break;
                case IElement { LocalName: "blockquote" or "pre" } block:
                    // A quote or a code block is a block of its own in the post, not words run into the line before.
                    text.Append('\n');
                    words.Append(' ');
                    Walk(block, text, words, links);
                    text.Append('\n');
                    words.Append(' ');
                    break;
                case IElement e:
                    // Bold, italic, underline, strike, spoiler, code, mentions, hashtags, emoji: their words, in place.
                    Walk(e, text, words, links);
                    break;
            }
        }
    }

    private static bool TryId(string? dataPost, out long id)
    {
        id = 0;
        var slash = dataPost?.LastIndexOf('/') ?? -1;
        return slash > 0 && long.TryParse(dataPost.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out id);
    }

    private static string? Web(string? href) =>
        Uri.TryCreate(href, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url.AbsoluteUri : null;

    private static bool IsTelegram(string href) => new Uri(href).Host is "t.me" or "telegram.me";

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
