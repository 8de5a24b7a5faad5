using Microsoft.Extensions.Options;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace Gist.Telegram.Web;

/// <summary>
/// The Mini App's addresses and its "Open" button. Telegram opens a web_app button only over https and only in a
/// private chat with the bot (https://core.telegram.org/bots/api#inlinekeyboardbutton), so none is offered
/// otherwise.
/// </summary>
public sealed class MiniAppLinks(IOptions<WebOptions> options)
{
    /// <summary>Where the Mini App is served on the bot's listener.</summary>
    public const string BasePath = "/app";

    public const string ButtonText = "Open";

    /// <summary>The Mini App's address, or null when there is no https public address.</summary>
    public string? AppUrl => options.Value.HasHttpsPublicUrl ? options.Value.PublicUrl!.TrimEnd('/') + BasePath + "/" : null;

    /// <summary>The button opening a digest of a local date, or null.</summary>
    public InlineKeyboardButton? ForDigest(long chatId, DateOnly localDate) =>
        Button(chatId, "digest=" + localDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The button opening the article view of a summary reply, or null.</summary>
    public InlineKeyboardButton? ForArticle(long chatId, long articleId) =>
        Button(chatId, "article=" + articleId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// The query names what to open: Telegram adds its launch parameters (#tgWebAppData=…) as the fragment, so the
    /// page's own parameters go in the query (https://core.telegram.org/bots/webapps#initializing-mini-apps).
    /// </summary>
    private InlineKeyboardButton? Button(long chatId, string query) =>
        chatId > 0 && AppUrl is { } url ? InlineKeyboardButton.WithWebApp(ButtonText, new WebAppInfo(url + "?" + query)) : null;
}
