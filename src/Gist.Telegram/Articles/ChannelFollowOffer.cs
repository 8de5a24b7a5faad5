using Gist.Core.Articles;
using Gist.Digests.Channels;
using Gist.Digests.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace Gist.Telegram.Articles;

/// <summary>
/// Which public channel an answer offers to add to the digest ("Add @channel to my digest"), when digests are on:
/// the channel a message was forwarded from; the channel of a forwarded post the message replies to (a /summarize
/// or a mention in reply to it in a group); and, for a follow-up question, the channel of the forwarded post the
/// summary was about. Only a channel with a username is public: a private one is never offered.
/// </summary>
public sealed class ChannelFollowOffer(IServiceProvider services)
{
    /// <summary>Callback data prefix of the button: the channel's username follows (≤ 32 characters, within the 64-byte limit).</summary>
    public const string CallbackPrefix = "follow:";

    /// <summary>The channel a message comes from or is about, or null (or digests are off).</summary>
    public string? For(Message? message)
    {
        if (message is null || !DigestsOn)
        {
            return null;
        }

        return Username(message.ForwardOrigin) ?? Username(message.ReplyToMessage?.ForwardOrigin);
    }

    /// <summary>The channel whose forwarded post an article was read from (its address is the post's t.me address), or null.</summary>
    public string? For(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return DigestsOn && article.Origin == ArticleOrigin.Forwarded && article.Url is { } url
            && url.StartsWith("https://t.me/", StringComparison.Ordinal) && ChannelAddress.TryParse(url, out var name, out _)
            ? name
            : null;
    }

    public static InlineKeyboardButton Button(string channel) =>
        InlineKeyboardButton.WithCallbackData($"Add @{channel} to my digest", CallbackPrefix + channel);

    private bool DigestsOn => services.GetService<SubscriptionService>() is not null;

    private static string? Username(MessageOrigin? origin) =>
        origin is MessageOriginChannel { Chat.Username: { Length: > 0 } username } && ChannelAddress.TryParse("@" + username, out var name, out _) ? name : null;
}
