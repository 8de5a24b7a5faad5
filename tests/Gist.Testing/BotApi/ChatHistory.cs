namespace Gist.Testing.BotApi;

/// <summary>One chat's messages. Telegram numbers messages per chat, the user's and the bot's alike, so both
/// share <see cref="LastMessageId"/>. Guarded by the state's lock.</summary>
internal sealed class ChatHistory
{
    public int LastMessageId { get; private set; }

    public SortedDictionary<int, FakeBotMessage> BotMessages { get; } = [];

    /// <summary>The user's messages as JSON (for reply_to_message echoes), by message_id.</summary>
    public Dictionary<int, string> UserMessages { get; } = [];

    public HashSet<int> Deleted { get; } = [];

    public int NextMessageId() => ++LastMessageId;

    /// <summary>Records that <paramref name="messageId"/> is taken (a message from an update the test built).</summary>
    public void Observe(int messageId) => LastMessageId = Math.Max(LastMessageId, messageId);
}
