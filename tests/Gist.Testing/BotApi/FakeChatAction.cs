namespace Gist.Testing.BotApi;

/// <summary>A sendChatAction call ("typing", "upload_document", …).</summary>
public sealed record FakeChatAction(long ChatId, string Action, DateTimeOffset Time);
