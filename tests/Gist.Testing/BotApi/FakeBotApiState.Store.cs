using System.Text.Json;

namespace Gist.Testing.BotApi;

/// <summary>The mutations the Bot API methods and the update factory make. Each takes the lock and signals waiters.</summary>
public sealed partial class FakeBotApiState
{
    private readonly HashSet<string> _callbackQueryIds = new(StringComparer.Ordinal);
    private long _requestSequence;

    internal void RecordRequest(string method, JsonElement body, DateTimeOffset arrived, int status, string? description)
    {
        lock (_gate)
        {
            _requests.Add(new RecordedBotRequest(++_requestSequence, method, body, arrived, status, description));
            _callCounts[method] = _callCounts.GetValueOrDefault(method) + 1;
        }

        NotifyChanged();
    }

    internal void CountTooManyRequests() => Interlocked.Increment(ref _tooManyRequests);

    internal void CountFault() => Interlocked.Increment(ref _faultsInjected);

    /// <summary>A user's message from an update: it takes its message_id in the chat.</summary>
    internal void ObserveUserMessage(FakeChat chat, int messageId, string json)
    {
        lock (_gate)
        {
            RegisterChatLocked(chat);
            var history = History(chat.Id);
            history.Observe(messageId);
            history.UserMessages[messageId] = json;
        }
    }

    internal int NextMessageId(long chatId) { lock (_gate) { return History(chatId).NextMessageId(); } }

    internal void RegisterCallbackQuery(string id) { lock (_gate) { _callbackQueryIds.Add(id); } }

    /// <summary>A callback query can be answered once; afterwards its id is "too old" (Bot API answerCallbackQuery).</summary>
    internal bool TryConsumeCallbackQuery(string id) { lock (_gate) { return _callbackQueryIds.Remove(id); } }

    internal string? UserMessageJson(long chatId, int messageId)
    {
        lock (_gate)
        {
            return _histories.TryGetValue(chatId, out var history) ? history.UserMessages.GetValueOrDefault(messageId) : null;
        }
    }

    internal FakeBotMessage AddBotMessage(long chatId, Func<int, FakeBotMessage> build)
    {
        FakeBotMessage message;
        lock (_gate)
        {
            var history = History(chatId);
            message = build(history.NextMessageId());
            history.BotMessages[message.MessageId] = message;
            _sent.Add(message);
        }

        NotifyChanged();
        return message;
    }

    /// <summary>The bot message to edit, or the Bot API's refusal.</summary>
    internal FakeBotMessage Editable(long chatId, int messageId)
    {
        lock (_gate)
        {
            if (_histories.TryGetValue(chatId, out var history))
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
        lock (_gate)
        {
            History(edit.ChatId).BotMessages[edit.MessageId] = edit.After;
            _edits.Add(edit);
        }

        NotifyChanged();
    }

    internal void Delete(long chatId, int messageId)
    {
        lock (_gate)
        {
            var history = History(chatId);
            if (!history.BotMessages.Remove(messageId) && !history.UserMessages.Remove(messageId))
            {
                throw BotApiException.BadRequest("message to delete not found");
            }

            history.Deleted.Add(messageId);
            _deleted.Add((chatId, messageId));
        }

        NotifyChanged();
    }

    internal void AddChatAction(FakeChatAction action) => Append(_chatActions, action);

    internal void AddCallbackAnswer(FakeCallbackAnswer answer) => Append(_callbackAnswers, answer);

    internal void SetCommands(string scopeType, string? languageCode, IReadOnlyList<FakeBotCommand> commands)
    {
        lock (_gate)
        {
            _commands[CommandsKey(scopeType, languageCode)] = commands;
        }

        NotifyChanged();
    }

    private void Append<T>(List<T> list, T item)
    {
        lock (_gate)
        {
            list.Add(item);
        }

        NotifyChanged();
    }

    private void RegisterChatLocked(FakeChat chat)
    {
        _chats[chat.Id] = chat;
        if (chat.Username is not null)
        {
            _usernames[chat.Username] = chat.Id;
        }
    }

    private ChatHistory History(long chatId)
    {
        if (!_histories.TryGetValue(chatId, out var history))
        {
            history = new ChatHistory();
            _histories[chatId] = history;
        }

        return history;
    }
}
