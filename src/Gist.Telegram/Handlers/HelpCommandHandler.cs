using Gist.Telegram.Commands;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;

namespace Gist.Telegram.Handlers;

/// <summary>/help: what the bot does and how to use it, in a few lines.</summary>
public class HelpCommandHandler(ReplySender replies) : CommandHandler
{
    /// <summary>Grouped as people use the bot: reading an article, digests, settings (issue 13, item 8).</summary>
    public const string HelpHtml =
        "<b>Gist</b> reads news in any language and answers in English: a short summary and who claims what, " +
        "quoting the article's own words.\n\n" +
        "<b>Read an article</b>\n" +
        "Paste its text, send a link or a file (.txt, .html, .pdf), or forward a post from a channel. " +
        "Reply to my summary to ask about it; <b>Full translation</b> gives the whole text. " +
        "In groups: mention me, or reply /summarize to a message.\n\n" +
        "<b>Daily digest</b>\n" +
        "/subscribe &lt;feed or site&gt; · /subscriptions · /digest now\n" +
        "/digest_time 8pm · /timezone Cairo · /filter 1 +word · /reading on\n\n" +
        "<b>Settings</b>\n" +
        "/language — the language of my answers · /export — your feeds as OPML · /help — this message";

    protected override string Command => "help";

    protected override async Task HandleAsync(UpdateContext context, CommandText command, CancellationToken cancellationToken) =>
        await replies.DeliverAsync([HelpHtml], null, cancellationToken);
}
