namespace Gist.Testing.BotApi;

/// <summary>One successful edit (editMessageText or editMessageReplyMarkup) and the message after it.</summary>
public sealed record FakeMessageEdit(string Method, long ChatId, int MessageId, FakeBotMessage After, DateTimeOffset Time);
