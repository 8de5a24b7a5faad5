namespace Gist.Core.Storage;

/// <param name="ChatId">The Telegram chat.</param>
/// <param name="OutputLanguage">ISO 639-1 code of the language replies are written in.</param>
public sealed record ChatSettings(long ChatId, string OutputLanguage = "en");
