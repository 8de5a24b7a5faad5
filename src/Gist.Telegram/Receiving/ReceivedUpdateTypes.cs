using Telegram.Bot.Types.Enums;

namespace Gist.Telegram.Receiving;

/// <summary>
/// The update types the bot asks Telegram for, by long polling (getUpdates) and by webhook (setWebhook) alike:
/// the <c>allowed_updates</c> parameter (https://core.telegram.org/bots/api#getupdates). Only what a handler
/// answers: messages (text, links, forwards, documents, commands) and inline-button presses. Telegram keeps the
/// last list it was given, so naming it every time also undoes a list another deployment of the token set.
/// </summary>
public static class ReceivedUpdateTypes
{
    public static readonly IReadOnlyList<UpdateType> Allowed = [UpdateType.Message, UpdateType.CallbackQuery];
}
