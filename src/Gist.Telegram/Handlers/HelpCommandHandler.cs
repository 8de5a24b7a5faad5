using Gist.Telegram.Commands;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;

namespace Gist.Telegram.Handlers;

/// <summary>/help: what the bot does and how to use it, in a few lines.</summary>
public class HelpCommandHandler(ReplySender replies) : CommandHandler
{
    public const string HelpHtml =
        "<b>Gist</b> reads news in any language and answers in English: a short summary and the claims the article makes " +
        "— who claims what — with the exact words of the original as evidence.\n\n" +
        "• Paste an article's text\n" +
        "• Send a link (several links: one summary each)\n" +
        "• Forward a post from a channel: the channel is named as the source\n" +
        "• Send a .txt, .html or .pdf file\n\n" +
        "Under each summary, <b>Full translation</b> gives the whole article in English. " +
        "Reply to a summary to ask a question about that article.\n" +
        "In groups: mention me, reply to me, or use /summarize in reply to a message.\n\n" +
        "/language — the language of my answers (English by default)\n" +
        "/help — this message";

    protected override string Command => "help";

    protected override async Task HandleAsync(UpdateContext context, CommandText command, CancellationToken cancellationToken) =>
        await replies.DeliverAsync([HelpHtml], null, cancellationToken);
}
