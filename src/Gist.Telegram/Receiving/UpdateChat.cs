using Telegram.Bot.Types;

namespace Gist.Telegram.Receiving;

/// <summary>The chat an update belongs to: updates of one chat are answered one at a time, in order.</summary>
public static class UpdateChat
{
    public static long Of(Update update) =>
        update.Message?.Chat.Id
        ?? update.EditedMessage?.Chat.Id
        ?? update.ChannelPost?.Chat.Id
        ?? update.CallbackQuery?.Message?.Chat.Id
        ?? update.CallbackQuery?.From.Id
        ?? update.MyChatMember?.Chat.Id
        ?? 0;
}
