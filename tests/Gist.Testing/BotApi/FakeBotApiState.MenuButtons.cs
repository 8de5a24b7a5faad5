using System.Text.Json;

namespace Gist.Testing.BotApi;

/// <summary>The menu buttons the bot set (setChatMenuButton): the default one (no chat_id) and per chat.</summary>
public sealed partial class FakeBotApiState
{
    private readonly Dictionary<long, JsonElement> chatMenuButtons = [];
    private JsonElement? defaultMenuButton;

    /// <summary>The default menu button as the bot set it (a MenuButton object), or null when never set.</summary>
    public JsonElement? DefaultMenuButton { get { lock (gate) { return defaultMenuButton; } } }

    internal void SetMenuButton(long? chatId, JsonElement button)
    {
        lock (gate)
        {
            if (chatId is { } id)
            {
                chatMenuButtons[id] = button.Clone();
            }
            else
            {
                defaultMenuButton = button.Clone();
            }
        }

        NotifyChanged();
    }

    internal JsonElement? MenuButtonOf(long? chatId)
    {
        lock (gate)
        {
            return chatId is { } id && chatMenuButtons.TryGetValue(id, out var button) ? button : defaultMenuButton;
        }
    }
}
