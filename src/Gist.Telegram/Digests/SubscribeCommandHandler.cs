using System.Text;
using Gist.Digests.Channels;
using Gist.Digests.Feeds;
using Gist.Digests.Subscriptions;
using Gist.Rendering;
using Gist.Telegram.Commands;
using Gist.Telegram.Handlers;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;

namespace Gist.Telegram.Digests;

/// <summary>
/// /subscribe &lt;feed or site address&gt; or a public channel (<c>@name</c>, <c>t.me/name</c>, <c>t.me/s/name</c>): finds
/// the feed or reads the channel's preview, subscribes, confirms with its title and latest items.
/// </summary>
public sealed class SubscribeCommandHandler(SubscriptionService service, ReplySender replies) : CommandHandler
{
    public override HandlerDescription Description { get; } = HandlerDescription.MenuCommand("subscribe", "Follow a news feed or site in your daily digest", 40, group: HelpGroup.Digest, usage: "/subscribe &lt;feed, site or @channel&gt;");

    protected override async Task HandleAsync(UpdateContext context, CommandText command, CancellationToken cancellationToken)
    {
        var text = command.Arguments.Trim();
        if (ChannelAddress.TryParse(text, out var channel, out var notChannel) || notChannel is not null)
        {
            await SubscribeChannelAsync(context, channel, notChannel, cancellationToken);
            return;
        }

        if (text.Length > 0 && !text.Contains("://", StringComparison.Ordinal))
        {
            text = "https://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            await replies.SayAsync("Send a feed or a site's address: /subscribe https://example.com/feed (RSS, Atom or JSON Feed; for a site I look for its feed), or a public channel: /subscribe @channel.", cancellationToken);
            return;
        }

        await replies.ShowStatusAsync(TelegramHtml.Escape("Looking for the feed…"), cancellationToken);
        SubscribeResult result;
        try
        {
            result = await service.SubscribeAsync(context.ChatId, address, cancellationToken);
        }
        catch (FeedFetchException ex)
        {
            await replies.SayAsync(ex.Message, cancellationToken);
            return;
        }

        await ConfirmAsync(result, cancellationToken);
    }

    private async Task SubscribeChannelAsync(UpdateContext context, string channel, string? notChannel, CancellationToken cancellationToken)
    {
        if (notChannel is not null)
        {
            await replies.SayAsync(notChannel, cancellationToken);
            return;
        }

        await replies.ShowStatusAsync(TelegramHtml.Escape($"Reading @{channel}…"), cancellationToken);
        try
        {
            await ConfirmAsync(await service.SubscribeChannelAsync(context.ChatId, channel, cancellationToken), cancellationToken);
        }
        catch (FeedFetchException ex)
        {
            await replies.SayAsync(ex.Message, cancellationToken);
        }
    }

    private async Task ConfirmAsync(SubscribeResult result, CancellationToken cancellationToken)
    {
        var title = result.Subscription.FeedTitle ?? result.Subscription.FeedUrl;
        var html = new StringBuilder(TelegramHtml.Bold(result.Created ? $"Subscribed to {title}" : $"You already follow {title}"));
        html.Append('\n').Append(TelegramHtml.Escape(result.Subscription.FeedUrl));
        if (result.Latest.Count > 0)
        {
            html.Append("\n\n").Append(TelegramHtml.Escape("Latest:"));
            foreach (var item in result.Latest)
            {
                html.Append("\n• ").Append(TelegramHtml.Link(item.Link, item.Title ?? item.Text[..Math.Min(80, item.Text.Length)]));
            }
        }

        html.Append("\n\n").Append(TelegramHtml.Escape("It will be in your daily digest. /digest_time and /timezone set when; /digest now sends one at once."));
        await replies.DeliverAsync([html.ToString()], null, cancellationToken);
    }
}
