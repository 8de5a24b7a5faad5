using System.Text.Json;

namespace Gist.Testing.BotApi;

/// <summary>The mutations the Bot API methods and the update factory make. Each takes the lock and signals waiters.</summary>
public sealed partial class FakeBotApiState
{
    private readonly HashSet<string> callbackQueryIds = new(StringComparer.Ordinal);
    private long requestSequence;

    internal void RecordRequest(string method, JsonElement body, DateTimeOffset arrived, int status, string? description)
    {
        lock (gate)
        {
            requests.Add(new RecordedBotRequest(++requestSequence, method, body, arrived, status, description));
            callCounts[method] = callCounts.GetValueOrDefault(method) + 1;
        }

        NotifyChanged();
    }

    internal void CountTooManyRequests() => Interlocked.Increment(ref tooManyRequests);

    internal void CountFault() => Interlocked.Increment(ref faultsInjected);

    /// <summary>A user's message from an update: it takes its message_id in the chat.</summary>
    internal void ObserveUserMessage(FakeChat chat, int messageId, string json)
    {
        lock (gate)
        {
            RegisterChatLocked(chat);
            var history = History(chat.Id);
            history.Observe(messageId);
            history.UserMessages[messageId] = json;
        }
    }

    internal int NextMessageId(long chatId) { lock (gate) { return History(chatId).NextMessageId(); } }

    internal void RegisterCallbackQuery(string id) { lock (gate) { callbackQueryIds.Add(id); } }

    /// <summary>A callback query can be answered once; afterwards its id is "too old" (Bot API answerCallbackQuery).</summary>
    internal bool TryConsumeCallbackQuery(string id) { lock (gate) { return callbackQueryIds.Remove(id); } }

    internal string? UserMessageJson(long chatId, int messageId)
    {
        lock (gate)
        {
            return histories.TryGetValue(chatId, out var history) ? history.UserMessages.GetValueOrDefault(messageId) : null;
        }
    }

    internal FakeBotMessage AddBotMessage(long chatId, Func<int, FakeBotMessage> build)
    {
        FakeBotMessage message;
        lock (gate)
        {
            var history = History(chatId);
            message = build(history.NextMessageId());
            history.BotMessages[message.MessageId] = message;
            this.sent.Add(message);
        }

        NotifyChanged();
        return message;
    }

    /// <summary>The bot message to edit, or the Bot API's refusal.</summary>
    internal FakeBotMessage Editable(long chatId, int messageId)
    {
        lock (gate)
        {
            if (histories.TryGetValue(chatId, out var history))
            {
                if (history.BotMessages.TryGetValue(messageId, out var message))
                {
                    return message;
                }

                if (history.UserMessages.ContainsKey(messageId) && !history.Deleted.Contains(messageId))
                {
                    throw BotApiException.BadRequest("message can't be edited");
                }
            }

            throw BotApiException.BadRequest("message to edit not found");
        }
    }

    internal void ApplyEdit(FakeMessageEdit edit)
    {
        lock (gate)
        {
            History(edit.ChatId).BotMessages[edit.MessageId] = edit.After;
            this.edits.Add(edit);
        }

        NotifyChanged();
    }

    internal void Delete(long chatId, int messageId)
    {
        lock (gate)
        {
            var history = History(chatId);
            if (!history.BotMessages.Remove(messageId) && !history.UserMessages.Remove(messageId))
            {
                throw BotApiException.BadRequest("message to delete not found");
            }

            history.Deleted.Add(messageId);
            this.deleted.Add((chatId, messageId));
        }

        NotifyChanged();
    }

    internal void AddChatAction(FakeChatAction action) => Append(chatActions, action);

    internal void AddCallbackAnswer(FakeCallbackAnswer answer) => Append(callbackAnswers, answer);

    internal void SetCommands(string scopeType, string? languageCode, IReadOnlyList<FakeBotCommand> commands)
    {
        lock (gate)
        {
            this.commands[CommandsKey(scopeType, languageCode)] = commands;
        }

        NotifyChanged();
    }

    private void Append<T>(List<T> list, T item)
    {
        lock (gate)
        {
            list.Add(item);
        }

        NotifyChanged();
    }

    private void RegisterChatLocked(FakeChat chat)
    {
        this.chats[chat.Id] = chat;
        if (chat.Username is not null)
        {
            usernames[chat.Username] = chat.Id;
        }
    }

    private ChatHistory History(long chatId)
    {
        if (!histories.TryGetValue(chatId, out var history))
        {
            history = new ChatHistory();
            histories[chatId] = history;
        }

        return history;
    }
}
