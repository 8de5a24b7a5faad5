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
/// A scheduled message's send is fenced (<see cref="DigestPartFence"/>): marked as begun after the throttle gave its
/// slot and right before the request, so the window in which a crash leaves it uncertain is the request alone.
/// </summary>
public sealed class DigestSender(ITelegramBotClient bot, OutboundThrottle throttle, ILogger<DigestSender> logger)
{
    private const int MaxAttempts = 5;

    // A stopping instance lets a request already on its way finish (or time out) instead of cutting it off, which
    // would leave that message uncertain; only a request still running this long after the stop is abandoned.
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    /// <summary>Returns how many messages were sent, or null when the chat refuses the bot.</summary>
    /// <param name="lastPartKeyboard">Buttons under the last message (the Mini App's "Open"), or null.</param>
    public async Task<int?> SendAsync(long chatId, IReadOnlyList<string> parts, SendPriority priority, CancellationToken cancellationToken, InlineKeyboardMarkup? lastPartKeyboard = null)
    {
        ArgumentNullException.ThrowIfNull(parts);
        for (var index = 0; index < parts.Count; index++)
        {
            var keyboard = index == parts.Count - 1 ? lastPartKeyboard : null;
            if ((await SendPartAsync(chatId, parts[index], priority, cancellationToken, keyboard)).Outcome != PartOutcome.Sent)
            {
                return null;
            }
        }

        return parts.Count;
    }

    /// <summary>Sends one message, after <paramref name="fence"/> (when given) allowed it.</summary>
    public async Task<SentPart> SendPartAsync(long chatId, string part, SendPriority priority, CancellationToken cancellationToken,
        InlineKeyboardMarkup? keyboard = null, DigestPartFence? fence = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            await throttle.WaitAsync(chatId, priority, cancellationToken);
            if (fence is not null && !await fence.BeginAsync(cancellationToken))
            {
                return SentPart.Fenced;
            }

            try
            {
                var message = await SendMessageAsync(chatId, part, keyboard, cancellationToken);
                return new SentPart(PartOutcome.Sent, message.MessageId);
            }
            catch (ApiRequestException ex)
            {
                // Telegram answered with an error: the message was not sent, so it is not uncertain.
                if (fence is not null)
                {
                    await fence.WithdrawAsync(CancellationToken.None);
                }

                if (ex.ErrorCode == 429 && attempt < MaxAttempts)
                {
                    // Telegram.Bot has already waited and retried on its own (RetryThreshold); back this chat off as well.
                    var retryAfter = TimeSpan.FromSeconds(ex.Parameters?.RetryAfter ?? 1);
                    logger.LogInformation("Telegram asked to wait {RetryAfter} before the next message to {Chat}", retryAfter, chatId);
                    await throttle.PauseChatAsync(chatId, retryAfter, cancellationToken);
                    continue;
                }

                if (ex.ErrorCode == 403 || (ex.ErrorCode == 400 && ex.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase)))
                {
                    logger.LogInformation("Chat {Chat} refuses the bot ({Error}); its digests are paused", chatId, ex.Message);
                    return SentPart.Refused;
                }

                throw;
            }
        }
    }

    private async Task<Message> SendMessageAsync(long chatId, string part, InlineKeyboardMarkup? keyboard, CancellationToken cancellationToken)
    {
        using var request = new CancellationTokenSource();
        await using var stopping = cancellationToken.Register(() => request.CancelAfter(StopGrace));
        return await bot.SendMessage(chatId, part, parseMode: ParseMode.Html, linkPreviewOptions: NoPreview, replyMarkup: keyboard, cancellationToken: request.Token);
    }
}
