using Gist.Core.Digests;
using Gist.Digests.Subscriptions;
using Gist.Rendering;
using Gist.Telegram.Commands;
using Gist.Telegram.Handlers;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;
using Gist.Core.Storage;

namespace Gist.Telegram.Digests;

/// <summary>/digest now: the digest of what came in since the last one, at once. /digest alone shows the settings.</summary>
public sealed class DigestCommandHandler(SubscriptionService service, ISubscriptionStore subscriptions, DigestDelivery delivery, ReplySender replies) : CommandHandler
{
    public override HandlerDescription Description { get; } = HandlerDescription.MenuCommand("digest", "\"/digest now\" sends your digest at once", 70, group: HelpGroup.Digest, usage: "/digest now");

    protected override async Task HandleAsync(UpdateContext context, CommandText command, CancellationToken cancellationToken)
    {
        var subscriber = await service.EnsureSubscriberAsync(context.ChatId, cancellationToken);
        if (!command.Arguments.Trim().Equals("now", StringComparison.OrdinalIgnoreCase))
        {
            await replies.SayAsync(DigestMessages.Schedule(subscriber) + " /digest now sends one at once.", cancellationToken);
            return;
        }

        if ((await subscriptions.ListAsync(context.ChatId, cancellationToken)).Count == 0)
        {
            await replies.SayAsync("You follow no feeds yet: /subscribe <address> first.", cancellationToken);
            return;
        }

        await replies.ShowStatusAsync(TelegramHtml.Escape("Refreshing your feeds and building the digest…"), cancellationToken);
        var stories = await delivery.DeliverNowAsync(subscriber, cancellationToken);
        await replies.DeliverAsync([TelegramHtml.Escape(stories == 1 ? "Your digest: 1 story, below." : $"Your digest: {stories} stories, below.")], null, cancellationToken);
    }
}
