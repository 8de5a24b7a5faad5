namespace Gist.Core.Storage;

/// <summary>Telegram's limits as configured (section "Throttle").</summary>
/// <param name="MessagesPerSecond">The bot's messages a second, all chats together.</param>
/// <param name="InteractiveReserve">Of those, how many a second a broadcast never takes.</param>
/// <param name="PrivateChatInterval">Least time between two new messages to one private chat.</param>
/// <param name="GroupChatInterval">Least time between two new messages to one group.</param>
/// <param name="BulkHorizon">How far ahead a broadcast message may reserve its slot (shared schedule only): the
/// longest an interactive reply can find the bot's slots already taken by broadcasts.</param>
public sealed record SendSlotRules(int MessagesPerSecond, int InteractiveReserve, TimeSpan PrivateChatInterval, TimeSpan GroupChatInterval, TimeSpan BulkHorizon)
{
    /// <summary>The bot's slots a second a broadcast may take (at least one).</summary>
    public int BulkPerSecond => Math.Max(1, MessagesPerSecond - InteractiveReserve);

    /// <summary>The spacing of new messages in <paramref name="chatId"/>: groups have negative ids.</summary>
    public TimeSpan ChatInterval(long chatId) => chatId < 0 ? GroupChatInterval : PrivateChatInterval;
}
