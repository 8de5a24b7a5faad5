using Gist.Testing.Hosting;

namespace Gist.Testing.BotApi;

/// <summary>
/// The fake Bot API's record of everything the bot did, readable from any thread while the server runs:
/// every call, the chats' messages in their current state, edits, chat actions, commands, callback answers.
/// Every getter returns a snapshot. <see cref="WaitForAsync"/> re-checks a condition after each change.
/// </summary>
public sealed partial class FakeBotApiState
{
    private readonly Lock gate = new();
    private readonly List<RecordedBotRequest> requests = [];
    private readonly Dictionary<string, int> callCounts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<long, ChatHistory> histories = [];
    private readonly List<FakeBotMessage> sent = [];
    private readonly List<FakeMessageEdit> edits = [];
    private readonly List<(long ChatId, int MessageId)> deleted = [];
    private readonly List<FakeChatAction> chatActions = [];
    private readonly List<FakeCallbackAnswer> callbackAnswers = [];
    private readonly Dictionary<string, IReadOnlyList<FakeBotCommand>> commands = new(StringComparer.Ordinal);
    private readonly ChangeSignal changed = new();
    private int tooManyRequests;
    private int faultsInjected;

    internal FakeBotApiState(TimeProvider time)
    {
        Time = time;
        Updates = new UpdateQueue(NotifyChanged);
    }

    internal TimeProvider Time { get; }

    internal UpdateQueue Updates { get; }

    public IReadOnlyList<RecordedBotRequest> Requests { get { lock (gate) { return requests.ToArray(); } } }

    public int RequestCount { get { lock (gate) { return requests.Count; } } }

    /// <summary>How many calls of <paramref name="method"/> arrived (any outcome).</summary>
    public int CallCount(string method) { lock (gate) { return callCounts.GetValueOrDefault(method); } }

    public IReadOnlyList<RecordedBotRequest> RequestsFor(string method)
    {
        lock (gate)
        {
            return requests.Where(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase)).ToArray();
        }
    }

    /// <summary>The bot's messages in <paramref name="chatId"/> as they are now (after edits; deleted ones left out),
    /// by message_id.</summary>
    public IReadOnlyList<FakeBotMessage> Messages(long chatId)
    {
        lock (gate)
        {
            return histories.TryGetValue(chatId, out var history) ? history.BotMessages.Values.ToArray() : [];
        }
    }

    public FakeBotMessage? Message(long chatId, int messageId)
    {
        lock (gate)
        {
            return histories.TryGetValue(chatId, out var history) ? history.BotMessages.GetValueOrDefault(messageId) : null;
        }
    }

    /// <summary>Every message the bot sent, as it was when sent, in order.</summary>
    public IReadOnlyList<FakeBotMessage> SentMessages { get { lock (gate) { return this.sent.ToArray(); } } }

    public int SentMessageCount { get { lock (gate) { return this.sent.Count; } } }

    public IReadOnlyList<FakeMessageEdit> Edits { get { lock (gate) { return this.edits.ToArray(); } } }

    public IReadOnlyList<(long ChatId, int MessageId)> DeletedMessages { get { lock (gate) { return this.deleted.ToArray(); } } }

    public IReadOnlyList<FakeChatAction> ChatActions { get { lock (gate) { return chatActions.ToArray(); } } }

    public IReadOnlyList<FakeCallbackAnswer> CallbackAnswers { get { lock (gate) { return callbackAnswers.ToArray(); } } }

    /// <summary>The commands set for the default scope and no language (what /-menu shows everyone).</summary>
    public IReadOnlyList<FakeBotCommand> MyCommands => MyCommandsFor("default", null);

    /// <summary>Commands for a scope type ("default", "all_private_chats", …) and language code.</summary>
    public IReadOnlyList<FakeBotCommand> MyCommandsFor(string scopeType, string? languageCode)
    {
        lock (gate)
        {
            return this.commands.GetValueOrDefault(CommandsKey(scopeType, languageCode)) ?? [];
        }
    }

    /// <summary>How many 429 answers the fake gave (rate limits and injected ones).</summary>
    public int TooManyRequestsCount => Volatile.Read(ref tooManyRequests);

    public int FaultsInjected => Volatile.Read(ref faultsInjected);

    /// <summary>Updates queued and not yet confirmed by the bot.</summary>
    public int PendingUpdates => Updates.Pending;

    /// <summary>The highest offset the bot sent to getUpdates: every update_id below it is confirmed.</summary>
    public long ConfirmedOffset => Updates.ConfirmedOffset;

    /// <summary>A getUpdates call (long poll) is open right now: the bot is listening.</summary>
    public bool IsPolling => Updates.IsPolling;

    public string? WebhookUrl { get { lock (gate) { return webhookUrl; } } }

    /// <summary>The secret_token of the webhook set now (Telegram sends it in X-Telegram-Bot-Api-Secret-Token), or null.</summary>
    public string? WebhookSecretToken { get { lock (gate) { return webhookSecretToken; } } }

    /// <summary>Completes when <paramref name="condition"/> holds; throws <see cref="TimeoutException"/> (with a summary
    /// of the record) when it still does not after <paramref name="timeout"/>.</summary>
    public Task WaitForAsync(Func<FakeBotApiState, bool> condition, TimeSpan timeout,
        CancellationToken cancellationToken = default) =>
        changed.WaitAsync(() => condition(this), timeout, () => $"The fake Bot API did not reach the expected state within {timeout}. {Summary()}", cancellationToken);

    /// <summary>A one-line account of the record, for failure messages.</summary>
    public string Summary()
    {
        lock (gate)
        {
            var calls = string.Join(", ", callCounts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"));
            return $"Calls: {calls}. Sent {this.sent.Count}, edits {this.edits.Count}, 429s {tooManyRequests}, " +
                $"faults {faultsInjected}, pending updates {Updates.Pending}.";
        }
    }

    internal void NotifyChanged() => changed.Notify();

    private static string CommandsKey(string scopeType, string? languageCode) => scopeType + "|" + (languageCode ?? "");
}
