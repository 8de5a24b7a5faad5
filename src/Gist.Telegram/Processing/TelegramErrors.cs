using Telegram.Bot.Exceptions;

namespace Gist.Telegram.Processing;

/// <summary>How the dispatcher reads a failure: worth retrying, or the chat is out of reach for good.</summary>
public static class TelegramErrors
{
    /// <summary>
    /// 403 (the bot was blocked, kicked, or the user is deactivated) or 400 "chat not found": writing to the chat
    /// again cannot succeed, so the update's work stops there (https://core.telegram.org/bots/api#making-requests).
    /// </summary>
    public static bool IsChatUnreachable(ApiRequestException ex) =>
        ex.ErrorCode == 403 || (ex.ErrorCode == 400 && ex.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase));

    /// <summary>429, 5xx, network errors and timeouts (an HTTP timeout surfaces as a cancellation that is not ours).</summary>
    public static bool IsTransient(Exception ex) => ex switch
    {
        ApiRequestException api => api.ErrorCode is 429 or >= 500,
        RequestException => true,
        HttpRequestException => true,
        TimeoutException => true,
        OperationCanceledException => true,
        _ => false,
    };
}
