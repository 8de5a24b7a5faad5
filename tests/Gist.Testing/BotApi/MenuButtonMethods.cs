using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gist.Testing.BotApi;

/// <summary>
/// setChatMenuButton and getChatMenuButton (https://core.telegram.org/bots/api#setchatmenubutton): a MenuButton of
/// type commands, default or web_app; web_app needs a text and an https url.
/// </summary>
internal sealed class MenuButtonMethods(BotApiContext context)
{
    public JsonNode SetChatMenuButton(BotApiCall call)
    {
        var chatId = call.Args.GetLong("chat_id");
        if (call.Args.GetObject("menu_button") is not { ValueKind: JsonValueKind.Object } button)
        {
            // Without a menu_button the default one (the commands list) is restored.
            context.State.SetMenuButton(chatId, JsonDocument.Parse("{\"type\":\"default\"}").RootElement);
            return true;
        }

        switch (BotApiArguments.TryReadString(button, "type"))
        {
            case "commands" or "default":
                break;
            case "web_app":
                if (string.IsNullOrEmpty(BotApiArguments.TryReadString(button, "text")))
                {
                    throw BotApiException.BadRequest("can't parse menu button: Field \"text\" must be of type String");
                }

                ReplyMarkupRules.CheckWebApp(button);
                break;
            default:
                throw BotApiException.BadRequest("can't parse menu button: Unsupported menu button type");
        }

        context.State.SetMenuButton(chatId, button);
        return true;
    }

    public JsonNode GetChatMenuButton(BotApiCall call) =>
        context.State.MenuButtonOf(call.Args.GetLong("chat_id")) is { } button
            ? JsonNode.Parse(button.GetRawText())!
            : new JsonObject { ["type"] = "commands" };
}
