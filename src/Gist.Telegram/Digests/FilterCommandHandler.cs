using System.Globalization;
using Gist.Core.Digests;
using Gist.Telegram.Commands;
using Gist.Telegram.Handlers;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;
using Gist.Core.Storage;

namespace Gist.Telegram.Digests;

/// <summary>/filter &lt;number&gt; +word -word | clear: keyword filters of one subscription (numbered as in /subscriptions).</summary>
public sealed class FilterCommandHandler(ISubscriptionStore subscriptions, ReplySender replies) : CommandHandler
{
    public override HandlerDescription Description { get; } = HandlerDescription.MenuCommand("filter", "Keyword filters of a feed: /filter 1 +word -word", 100, group: HelpGroup.Digest, usage: "/filter 1 +word");

    protected override async Task HandleAsync(UpdateContext context, CommandText command, CancellationToken cancellationToken)
    {
        var parts = command.Arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var list = await subscriptions.ListAsync(context.ChatId, cancellationToken);
        if (list.Count == 0)
        {
            await replies.SayAsync("You follow no feeds yet, so there is nothing to filter: /subscribe <address> first, then /filter 1 +word -word.", cancellationToken);
            return;
        }

        if (parts.Length == 0 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > list.Count)
        {
            await replies.SayAsync($"Use /filter <number> +word -word, where the number is the feed's place in /subscriptions (1 to {list.Count}).", cancellationToken);
            return;
        }

        var subscription = list[number - 1];
        var rest = parts.Length > 1 ? parts[1] : "";
        var (include, exclude) = rest.Equals("clear", StringComparison.OrdinalIgnoreCase) ? ("", "") : Filters.Parse(rest);
        await subscriptions.SetFiltersAsync(context.ChatId, subscription.Id, include, exclude, cancellationToken);
        var updated = subscription with { IncludeWords = include, ExcludeWords = exclude };
        await replies.SayAsync($"{subscription.FeedTitle ?? subscription.FeedUrl}: {Filters.Describe(updated)}.", cancellationToken);
    }
}
