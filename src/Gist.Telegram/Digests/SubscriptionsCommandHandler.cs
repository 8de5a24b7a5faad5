using System.Text;
using Gist.Core.Digests;
using Gist.Rendering;
using Gist.Telegram.Commands;
using Gist.Telegram.Handlers;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;
using Telegram.Bot.Types.ReplyMarkups;
using Gist.Core.Storage;

namespace Gist.Telegram.Digests;

/// <summary>
/// /subscriptions: the chat's feeds with their filters, and a Remove and a Filter button for each; a source that can
/// no longer be read (a channel that disappeared, no longer polled) says so and why.
/// </summary>
public sealed class SubscriptionsCommandHandler(ISubscriptionStore subscriptions, IFeedStore feeds, ReplySender replies) : CommandHandler
{
    public const string RemovePrefix = "dg:rm:";
    public const string FilterPrefix = "dg:kw:";

    public override HandlerDescription Description { get; } = HandlerDescription.MenuCommand("subscriptions", "Your feeds: remove them or set keyword filters", 50, group: HelpGroup.Digest);

    protected override async Task HandleAsync(UpdateContext context, CommandText command, CancellationToken cancellationToken)
    {
        var list = await subscriptions.ListAsync(context.ChatId, cancellationToken);
        if (list.Count == 0)
        {
            await replies.SayAsync("You follow no feeds yet. /subscribe <address> adds one; sending an .opml file imports a list.", cancellationToken);
            return;
        }

        var stopped = new Dictionary<long, string>();
        foreach (var subscription in list)
        {
            if (await feeds.GetAsync(subscription.FeedId, cancellationToken) is { } feed && Gist.Digests.Feeds.FeedPoller.IsStopped(feed))
            {
                stopped[feed.Id] = feed.LastError!;
            }
        }

        var (html, keyboard) = Render(list, stopped);
        await replies.DeliverAsync([html], keyboard, cancellationToken);
    }

    /// <param name="stopped">Feeds no longer polled, with the reason (see <see cref="Gist.Digests.Feeds.FeedPoller.IsStopped"/>).</param>
    public static (string Html, InlineKeyboardMarkup Keyboard) Render(IReadOnlyList<Subscription> list, IReadOnlyDictionary<long, string>? stopped = null)
    {
        ArgumentNullException.ThrowIfNull(list);
        var html = new StringBuilder(TelegramHtml.Bold("Your feeds"));
        var rows = new List<InlineKeyboardButton[]>();
        foreach (var (s, n) in list.Select((s, i) => (s, i + 1)))
        {
            var title = s.FeedTitle ?? s.FeedUrl;
            html.Append('\n').Append(n).Append(". ").Append(TelegramHtml.Link(s.FeedUrl, title));
            if (s.IncludeWords.Length > 0 || s.ExcludeWords.Length > 0)
            {
                html.Append(' ').Append(TelegramHtml.Italic(Filters.Describe(s)));
            }

            if (stopped is not null && stopped.TryGetValue(s.FeedId, out var reason))
            {
                html.Append("\n   ⚠️ ").Append(TelegramHtml.Italic($"Not checked any more: {reason}"));
            }

            var label = title.Length > 24 ? title[..24] + "…" : title;
            rows.Add([
                InlineKeyboardButton.WithCallbackData($"✖ {n}. {label}", RemovePrefix + s.Id),
                InlineKeyboardButton.WithCallbackData($"🔍 Filter {n}", FilterPrefix + s.Id),
            ]);
        }

        return (html.ToString(), new InlineKeyboardMarkup(rows));
    }
}
