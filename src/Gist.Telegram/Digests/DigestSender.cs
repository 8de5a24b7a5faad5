using Gist.Telegram.Sending.Throttling;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Gist.Telegram.Digests;

/// <summary>
/// Sends a digest's messages to one chat through the throttle. A 429 pauses that chat for its retry_after and the
/// message is tried again; a 403 (the user blocked the bot, https://core.telegram.org/api/errors#403-forbidden) or
/// a chat that no longer exists stops delivery to that chat for good: it is never retried.
/// </summary>
public sealed class DigestSender(ITelegramBotClient bot, OutboundThrottle throttle, ILogger<DigestSender> logger)
{
    private const int MaxAttempts = 5;
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    /// <summary>Returns how many messages were sent, or null when the chat refuses the bot.</summary>
    /// <param name="lastPartKeyboard">Buttons under the last message (the Mini App's "Open"), or null.</param>
    public async Task<int?> SendAsync(long chatId, IReadOnlyList<string> parts, SendPriority priority, CancellationToken cancellationToken, InlineKeyboardMarkup? lastPartKeyboard = null)
    {
        ArgumentNullException.ThrowIfNull(parts);
        for (var index = 0; index < parts.Count; index++)
        {
            if (await SendPartAsync(chatId, parts[index], priority, cancellationToken, index == parts.Count - 1 ? lastPartKeyboard : null) is null)
            {
                return null;
            }
        }

        return parts.Count;
    }

    /// <summary>Sends one message; returns its message id, or null when the chat refuses the bot.</summary>
    public async Task<int?> SendPartAsync(long chatId, string part, SendPriority priority, CancellationToken cancellationToken, InlineKeyboardMarkup? keyboard = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            await throttle.WaitAsync(chatId, priority, cancellationToken);
            try
            {
                var message = await bot.SendMessage(chatId, part, parseMode: ParseMode.Html, linkPreviewOptions: NoPreview, replyMarkup: keyboard, cancellationToken: cancellationToken);
                return message.MessageId;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 429 && attempt < MaxAttempts)
            {
                // Telegram.Bot has already waited and retried on its own (RetryThreshold); back this chat off as well.
                var retryAfter = TimeSpan.FromSeconds(ex.Parameters?.RetryAfter ?? 1);
                logger.LogInformation("Telegram asked to wait {RetryAfter} before the next message to {Chat}", retryAfter, chatId);
                await throttle.PauseChatAsync(chatId, retryAfter, cancellationToken);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 403 || (ex.ErrorCode == 400 && ex.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase)))
            {
                logger.LogInformation("Chat {Chat} refuses the bot ({Error}); its digests are paused", chatId, ex.Message);
                return null;
            }
        }
    }
}
