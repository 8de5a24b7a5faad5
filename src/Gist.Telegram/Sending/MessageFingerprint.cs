using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types.ReplyMarkups;

namespace Gist.Telegram.Sending;

/// <summary>
/// What a message shows, as Telegram compares it to refuse an edit as "not modified": its text and its keyboard.
/// Kept as a short hash in the reply progress, never the text itself.
/// </summary>
public static class MessageFingerprint
{
    public static string Of(string html, InlineKeyboardMarkup? markup)
    {
        var keyboard = markup is null ? "" : JsonSerializer.Serialize(markup, JsonBotAPI.Options);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(html + "\n" + keyboard)));
    }
}
