namespace Gist.Core.Storage;

/// <summary>
/// Send slots for Telegram messages, kept where every instance of the bot sees them: Telegram's flood limits (about
/// 30 messages a second per bot, one a second per chat, 20 a minute per group) hold for the bot as a whole, so on
/// PostgreSQL the instances share one schedule on the database's clock (one process owns it on SQLite).
/// </summary>
public interface ISendSlotStore
{
    /// <summary>
    /// Asks for a slot to send one message: reserved (send once <see cref="SendSlot.Wait"/> has passed), or refused
    /// (nothing taken; ask again after <see cref="SendSlot.Wait"/>).
    /// </summary>
    Task<SendSlot> ReserveAsync(SendSlotRequest request, SendSlotRules rules, CancellationToken cancellationToken);

    /// <summary>
    /// A 429 from Telegram: no slot for <paramref name="chatId"/> (null: for any chat) until <paramref name="retryAfter"/>
    /// has passed, on every instance.
    /// </summary>
    Task PauseAsync(long? chatId, TimeSpan retryAfter, CancellationToken cancellationToken);
}
