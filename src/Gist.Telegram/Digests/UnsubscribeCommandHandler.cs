using System.Globalization;
using Gist.Core.Digests;
using Gist.Telegram.Commands;
using Gist.Telegram.Handlers;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;
using Gist.Core.Storage;

namespace Gist.Telegram.Digests;

/// <summary>/unsubscribe &lt;number or address&gt;; without one, the list with Remove buttons.</summary>
public sealed class UnsubscribeCommandHandler(ISubscriptionStore subscriptions, ReplySender replies) : CommandHandler
{
    public override HandlerDescription Description { get; } = HandlerDescription.MenuCommand("unsubscribe", "Stop following a feed", 60, group: HelpGroup.Digest);

    protected override async Task HandleAsync(UpdateContext context, CommandText command, CancellationToken cancellationToken)
    {
        var list = await subscriptions.ListAsync(context.ChatId, cancellationToken);
        if (list.Count == 0)
        {
            await replies.SayAsync("You follow no feeds.", cancellationToken);
            return;
        }

        var argument = command.Arguments.Trim();
        if (argument.Length == 0)
        {
            var (html, keyboard) = SubscriptionsCommandHandler.Render(list);
            await replies.DeliverAsync([html], keyboard, cancellationToken);
            return;
        }

        var target = int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= list.Count
            ? list[n - 1]
            : list.FirstOrDefault(s => string.Equals(s.FeedUrl.TrimEnd('/'), argument.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
        if (target is null)
        {
            await replies.SayAsync($"No feed \"{argument}\" in your list. /subscriptions shows it with numbers.", cancellationToken);
            return;
        }

        await subscriptions.RemoveAsync(context.ChatId, target.Id, cancellationToken);
        await replies.SayAsync($"Unsubscribed from {target.FeedTitle ?? target.FeedUrl}.", cancellationToken);
    }
}
