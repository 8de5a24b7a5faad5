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

/// <summary>/subscriptions: the chat's feeds with their filters, and a Remove and a Filter button for each.</summary>
public sealed class SubscriptionsCommandHandler(ISubscriptionStore subscriptions, ReplySender replies) : CommandHandler
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

        var (html, keyboard) = Render(list);
        await replies.DeliverAsync([html], keyboard, cancellationToken);
    }

    public static (string Html, InlineKeyboardMarkup Keyboard) Render(IReadOnlyList<Subscription> list)
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

            var label = title.Length > 24 ? title[..24] + "…" : title;
            rows.Add([
                InlineKeyboardButton.WithCallbackData($"✖ {n}. {label}", RemovePrefix + s.Id),
                InlineKeyboardButton.WithCallbackData($"🔍 Filter {n}", FilterPrefix + s.Id),
            ]);
        }

        return (html.ToString(), new InlineKeyboardMarkup(rows));
    }
}
