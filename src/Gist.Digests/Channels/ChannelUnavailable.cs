using AngleSharp.Html.Parser;

namespace Gist.Digests.Channels;

/// <summary>
/// Why a name has no public preview, read from the page Telegram shows instead (<c>t.me/name</c>, where
/// <c>t.me/s/name</c> redirects when there is no preview): no such name; a channel whose owner turned the preview
/// off (its page counts subscribers); a group, a person or a bot, which are not channels.
/// </summary>
public static class ChannelUnavailable
{
    public static string Reason(string? html, string name)
    {
        var document = new HtmlParser().ParseDocument(html ?? "");
        var title = document.QuerySelector(".tgme_page_title")?.TextContent.Trim();
        var extra = document.QuerySelector(".tgme_page_extra")?.TextContent ?? "";
        if (string.IsNullOrEmpty(title))
        {
            return $"There is no public Telegram channel @{name}. Check the name (a private channel has no @name and cannot be read).";
        }

        if (extra.Contains("subscriber", StringComparison.OrdinalIgnoreCase))
        {
            return $"@{name} ({title}) does not show its posts on the web (its owner turned the preview off), so Gist cannot read it.";
        }

        if (extra.Contains("member", StringComparison.OrdinalIgnoreCase) || extra.Contains("online", StringComparison.OrdinalIgnoreCase))
        {
            return $"@{name} ({title}) is a group, not a channel: only public channels can be digest sources.";
        }

        return $"@{name} ({title}) is a person or a bot, not a channel: only public channels can be digest sources.";
    }
}
