namespace Gist.Testing.BotApi;

/// <summary>An answerCallbackQuery call.</summary>
public sealed record FakeCallbackAnswer(string CallbackQueryId, string? Text, bool ShowAlert, string? Url,
    DateTimeOffset Time);
