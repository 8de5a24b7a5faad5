using Gist.Digests.Channels;
using Gist.Digests.Feeds;
using Gist.Digests.Subscriptions;
using Gist.Telegram.Articles;
using Gist.Telegram.Handlers;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot;

namespace Gist.Telegram.Digests;

/// <summary>"Add @channel to my digest" under the answer to a forwarded channel post: subscribes the chat to the channel.</summary>
public sealed class FollowChannelButtonHandler(ITelegramBotClient bot, SubscriptionService service, ReplySender replies, ILogger<FollowChannelButtonHandler> logger) : IInputHandler
{
    public HandlerDescription Description { get; } = HandlerDescription.Input(HandlerOrder.Commands, costsModelCall: false);

    public bool CanHandle(UpdateContext context) =>
        context.Update.CallbackQuery?.Data?.StartsWith(ArticleResponder.FollowChannelCallbackPrefix, StringComparison.Ordinal) == true;

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

        var name = query.Data![ArticleResponder.FollowChannelCallbackPrefix.Length..];
        if (!ChannelAddress.TryParse("@" + name, out var channel, out var error))
        {
            await replies.SayAsync(error ?? "That is not a public channel.", cancellationToken);
            return;
        }

        try
        {
            var result = await service.SubscribeChannelAsync(context.ChatId, channel, cancellationToken);
            var title = result.Subscription.FeedTitle ?? "@" + channel;
            await replies.SayAsync(result.Created
                ? $"Subscribed to {title} (@{channel}). Its posts will be in your daily digest; /subscriptions lists your sources."
                : $"You already follow {title} (@{channel}).", cancellationToken);
        }
        catch (FeedFetchException ex)
        {
            await replies.SayAsync(ex.Message, cancellationToken);
        }
    }
}
