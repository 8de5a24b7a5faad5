using System.Globalization;
using Gist.Core.Digests;
using Gist.Telegram.Handlers;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Gist.Rendering;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Gist.Core.Storage;

namespace Gist.Telegram.Digests;

/// <summary>The Remove and Filter buttons under /subscriptions.</summary>
public sealed class SubscriptionButtonHandler(ITelegramBotClient bot, ISubscriptionStore subscriptions, ReplySender replies, ILogger<SubscriptionButtonHandler> logger) : IInputHandler
{
    public HandlerDescription Description { get; } = HandlerDescription.Input(HandlerOrder.Commands, costsModelCall: false);

    public bool CanHandle(UpdateContext context) =>
        context.Update.CallbackQuery?.Data is { } data
        && (data.StartsWith(SubscriptionsCommandHandler.RemovePrefix, StringComparison.Ordinal) || data.StartsWith(SubscriptionsCommandHandler.FilterPrefix, StringComparison.Ordinal));

    public async Task HandleAsync(UpdateContext context, CancellationToken cancellationToken)
    {
        var query = context.Update.CallbackQuery!;
        replies.ReplyToMessageId = query.Message?.MessageId;
        try
        {
            await bot.AnswerCallbackQuery(query.Id, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogDebug(ex, "answerCallbackQuery failed");
        }

        var remove = query.Data!.StartsWith(SubscriptionsCommandHandler.RemovePrefix, StringComparison.Ordinal);
        var idText = query.Data[(remove ? SubscriptionsCommandHandler.RemovePrefix : SubscriptionsCommandHandler.FilterPrefix).Length..];
        var list = await subscriptions.ListAsync(context.ChatId, cancellationToken);
        var subscription = long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? list.FirstOrDefault(s => s.Id == id) : null;
        if (subscription is null)
        {
            await replies.SayAsync("That subscription is already gone. /subscriptions shows the current list.", cancellationToken);
            return;
        }

        var title = subscription.FeedTitle ?? subscription.FeedUrl;
        if (remove)
        {
            await subscriptions.RemoveAsync(context.ChatId, subscription.Id, cancellationToken);
            await RefreshListAsync(context.ChatId, query.Message?.MessageId, cancellationToken);
            await replies.SayAsync($"Unsubscribed from {title}.", cancellationToken);
            return;
        }

        var number = list.ToList().IndexOf(subscription) + 1;
        await replies.SayAsync(
            $"{title}: {Filters.Describe(subscription)}.\nTo change it: /filter {number} +word -word (items must name a +word and must not name a -word; any language). /filter {number} clear removes it.",
            cancellationToken);
    }

    /// <summary>The list the button was under shows the feeds as they are now: no ✖ left for a feed already removed.</summary>
    private async Task RefreshListAsync(long chatId, int? listMessageId, CancellationToken cancellationToken)
    {
        if (listMessageId is not { } messageId)
        {
            return;
        }

        var remaining = await subscriptions.ListAsync(chatId, cancellationToken);
        try
        {
            if (remaining.Count == 0)
            {
                await bot.EditMessageText(chatId, messageId, TelegramHtml.Escape("You follow no feeds now. /subscribe <address> adds one."),
                    parseMode: ParseMode.Html, cancellationToken: cancellationToken);
                return;
            }

            var (html, keyboard) = SubscriptionsCommandHandler.Render(remaining);
            await bot.EditMessageText(chatId, messageId, html, parseMode: ParseMode.Html, replyMarkup: keyboard,
                linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, cancellationToken: cancellationToken);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400)
        {
            // The list message is too old to edit or unchanged: the confirmation below still says what happened.
            logger.LogDebug(ex, "Could not refresh the subscriptions list in chat {ChatId}", chatId);
        }
    }
}
