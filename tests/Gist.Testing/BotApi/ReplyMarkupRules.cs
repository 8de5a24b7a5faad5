using System.Text;
using System.Text.Json;

namespace Gist.Testing.BotApi;

/// <summary>Checks an inline keyboard the way the Bot API refuses bad ones (type <c>InlineKeyboardButton</c>):
/// every button needs a text and exactly one action; callback_data is 1–64 bytes; url must be absolute; a web_app
/// button needs an https url and is allowed only in private chats.</summary>
internal static class ReplyMarkupRules
{
    private static readonly string[] Actions =
        ["url", "callback_data", "web_app", "login_url", "switch_inline_query", "switch_inline_query_current_chat",
         "switch_inline_query_chosen_chat", "copy_text", "callback_game", "pay"];

    /// <summary>Validates and normalizes: an empty inline keyboard means no keyboard (null).</summary>
    public static JsonElement? Normalize(JsonElement? markup, bool privateChat = true)
    {
        if (markup is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        if (!value.TryGetProperty("inline_keyboard", out var rows))
        {
            return value;
        }

        if (rows.ValueKind != JsonValueKind.Array)
        {
            throw BotApiException.BadRequest("field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array");
        }

        var count = 0;
        foreach (var row in rows.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Array)
            {
                throw BotApiException.BadRequest("field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array of Arrays");
            }

            foreach (var button in row.EnumerateArray())
            {
                Check(button);
                if (button.TryGetProperty("web_app", out var webApp))
                {
                    if (!privateChat)
                    {
                        // "Available only in private chats between a user and the bot."
                        throw BotApiException.BadRequest("BUTTON_TYPE_INVALID");
                    }

                    CheckWebApp(webApp);
                }

                count++;
            }
        }

        return count == 0 ? null : value;
    }

    public static bool AreEqual(JsonElement? a, JsonElement? b) =>
        (a, b) switch
        {
            (null, null) => true,
            ({ } x, { } y) => JsonElement.DeepEquals(x, y),
            _ => false,
        };

    private static void Check(JsonElement button)
    {
        if (string.IsNullOrEmpty(BotApiArguments.TryReadString(button, "text")))
        {
            throw BotApiException.BadRequest("can't parse inline keyboard button: Field \"text\" must be of type String");
        }

        if (Actions.Count(a => button.TryGetProperty(a, out _)) != 1)
        {
            throw BotApiException.BadRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }

        if (BotApiArguments.TryReadString(button, "callback_data") is { } data
            && (data.Length == 0 || Encoding.UTF8.GetByteCount(data) > 64))
        {
            throw BotApiException.BadRequest("BUTTON_DATA_INVALID");
        }

        if (BotApiArguments.TryReadString(button, "url") is { } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            throw BotApiException.BadRequest("wrong HTTP URL specified");
        }
    }

    /// <summary>A WebAppInfo: an https url (Telegram opens Mini Apps over https only).</summary>
    public static void CheckWebApp(JsonElement holder)
    {
        var webApp = holder.TryGetProperty("web_app", out var inner) ? inner : holder;
        var url = webApp.ValueKind == JsonValueKind.Object ? BotApiArguments.TryReadString(webApp, "url") : null;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme != Uri.UriSchemeHttps)
        {
            throw BotApiException.BadRequest($"inline keyboard button Web App URL '{url}' is invalid: Only HTTPS links are allowed");
        }
    }
}
