using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Gist.Extraction.Extraction;

/// <summary>
/// Social posts embedded in the story (the static markup of X/Twitter, Instagram, TikTok, Facebook and Telegram
/// embeds: <c>blockquote.twitter-tweet</c> and its family) are quoted statements, exactly the claims Gist reports.
/// Sites wrap them in "social"/"embed" containers that the furniture rules and Readability drop, so each embed is
/// rewritten, before any other rule runs, into a plain <c>blockquote</c> that replaces its wrapper: a line
/// <see cref="Marker"/> ❝, the post's text, its author line ("— Name (@handle) date") and a line <see cref="EndMarker"/>
/// ❞; prompts/summarize.system.md tells the model that such a block is a quoted post and who its author is. The
/// marks are punctuation only, so they add no word to the text (nor to the benchmark's shingles). A Telegram embed that is only a script tag has no text in the page and
/// stays out.
/// </summary>
public static class EmbeddedPosts
{
    /// <summary>The line that opens a quoted post in the body text (prompts/summarize.system.md explains it).</summary>
    public const string Marker = "❝";

    /// <summary>The line that closes it.</summary>
    public const string EndMarker = "❞";

    private const string EmbedSelector =
        "blockquote.twitter-tweet,blockquote.twitter-video,blockquote.instagram-media,blockquote.tiktok-embed," +
        "blockquote.telegram-post,blockquote.fb-xfbml-parse-ignore,div.tgme_widget_message";

    private static readonly HashSet<string> EmbedQuoteClasses = new(StringComparer.Ordinal)
    {
        "twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "telegram-post", "fb-xfbml-parse-ignore",
    };

    // Inside an embed: the author line (Telegram's widget keeps it in its own elements), and what is not the post
    // (Instagram's "View this post on Instagram" link, Telegram's view counter).
    private const string TelegramAuthorSelector = ".tgme_widget_message_owner_name,.tgme_widget_message_author";
    private const string TelegramTextSelector = ".tgme_widget_message_text";

    /// <returns>How many posts were rewritten (none on most pages, which then skip looking for them).</returns>
    public static int Rewrite(IHtmlDocument doc, IElement body)
    {
        var rewritten = 0;
        foreach (var embed in ElementWalk.Where(body, IsEmbed))
        {
            if (embed.ParentElement is null || embed.Closest(EmbedSelector) is { } outer && outer != embed)
            {
                continue;
            }

            var lines = AttributeTokens.Has(embed, "class", "tgme_widget_message") ? TelegramLines(embed) : PostLines(embed);
            if (lines.Count == 0)
            {
                continue;
            }

            var quote = doc.CreateElement("blockquote");
            quote.SetAttribute("data-gist", "quoted-post");
            foreach (var line in lines.Prepend(Marker).Append(EndMarker))
            {
                var p = doc.CreateElement("p");
                p.TextContent = line;
                quote.AppendChild(p);
            }

            Wrapper(embed).Replace(quote);
            rewritten++;
        }

        return rewritten;
    }

    /// <summary>What <see cref="EmbedSelector"/> matches, tested without the selector engine (most pages have no embed).</summary>
    private static bool IsEmbed(IElement element) =>
        element.LocalName == "blockquote" ? AttributeTokens.AnyIn(element, "class", EmbedQuoteClasses)
        : element.LocalName == "div" && AttributeTokens.Has(element, "class", "tgme_widget_message");

    /// <summary>True for a line that opens or closes a quoted post.</summary>
    public static bool IsMarker(string line) => line is Marker or EndMarker;

    /// <summary>True for a blockquote made by <see cref="Rewrite"/>: the furniture rules leave it alone.</summary>
    public static bool IsQuotedPost(IElement element) =>
        element.LocalName == "blockquote" && element.GetAttribute("data-gist") == "quoted-post";

    /// <summary>X/Instagram/TikTok/Facebook: one line per paragraph or &lt;br&gt; run; the "— author" line as it is.</summary>
    private static List<string> PostLines(IElement embed)
    {
        var text = BlockTextWriter.Write(embed);
        var lines = new List<string>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Instagram's fallback markup: a call to view the post, not the post.
            if (line.StartsWith("View this post on Instagram", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            lines.Add(line);
        }

        return lines;
    }

    private static List<string> TelegramLines(IElement embed)
    {
        var lines = new List<string>();
        var text = embed.QuerySelector(TelegramTextSelector);
        if (text is null)
        {
            return lines;
        }

        lines.AddRange(BlockTextWriter.Write(text).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var author = embed.QuerySelector(TelegramAuthorSelector)?.TextContent.Trim();
        var date = embed.QuerySelector(".tgme_widget_message_date time")?.GetAttribute("datetime");
        if (!string.IsNullOrEmpty(author))
        {
            // The day of the post, as the widget's machine-readable time gives it (its visible text is only the hour).
            lines.Add(date is { Length: >= 10 } ? $"— {author} {date[..10]}" : $"— {author}");
        }

        return lines;
    }

    /// <summary>
    /// The outermost ancestor that holds nothing but this embed (its wrapper divs: "embed-twitter", "social-post"…):
    /// replacing it takes the furniture-named wrapper out of the way, and never touches the story around it.
    /// </summary>
    private static IElement Wrapper(IElement embed)
    {
        var own = TextLength.Of(embed);
        var wrapper = embed;
        for (var parent = embed.ParentElement; parent is not null && parent.LocalName is "div" or "figure" or "section" or "aside" or "span" or "p"; parent = parent.ParentElement)
        {
            if (TextLength.Of(parent) > own + 40)
            {
                break;
            }

            wrapper = parent;
        }

        return wrapper;
    }
}
