using Gist.Rendering;
using Gist.Telegram.Commands;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;
using Telegram.Bot.Types;

namespace Gist.Telegram.Handlers;

/// <summary>/help: what the bot does and how to use it, in a few lines, then the commands of the menu.</summary>
public class HelpCommandHandler(ReplySender replies, CommandMenu menu) : CommandHandler
{
    private const string IntroHtml =
        "<b>Gist</b> reads news in any language and answers in English: a short summary and the claims the article makes " +
        "— who claims what — with the exact words of the original as evidence.\n\n" +
        "• Paste an article's text\n" +
        "• Send a link (several links: one summary each)\n" +
        "• Forward a post from a channel: the channel is named as the source\n" +
        "• Send a .txt, .html or .pdf file\n\n" +
        "Under each summary, <b>Full translation</b> gives the whole article in English. " +
        "Reply to a summary to ask a question about that article.\n" +
        "In groups: mention me, reply to me, or use /summarize in reply to a message.";

    public override HandlerDescription Description { get; } = HandlerDescription.MenuCommand("help", "What Gist does and how to use it", 10);

    /// <summary>The help message: the introduction, then one line per command of the menu.</summary>
    public static string HelpHtml(IEnumerable<BotCommand> commands) =>
        IntroHtml + "\n\n" + string.Join('\n', commands.Select(c => $"/{c.Command} — {TelegramHtml.Escape(c.Description)}"));

    protected override async Task HandleAsync(UpdateContext context, CommandText command, CancellationToken cancellationToken) =>
        await replies.DeliverAsync([HelpHtml(menu.Commands)], null, cancellationToken);
}
