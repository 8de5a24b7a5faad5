using Gist.Rendering;
using Gist.Telegram.Commands;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;
using Telegram.Bot.Types;

namespace Gist.Telegram.Handlers;

/// <summary>
/// /help: what the bot does, grouped as people use it — reading an article, the daily digest, settings — in a few
/// lines. The commands come from the handlers' descriptions (<see cref="CommandMenu"/>), each under its
/// <see cref="HelpGroup"/>.
/// </summary>
public class HelpCommandHandler(ReplySender replies, CommandMenu menu) : CommandHandler
{
    private const string IntroHtml =
        "<b>Gist</b> reads news in any language and answers in English: a short summary and who claims what, " +
        "quoting the article's own words.";

    private const string ReadingHtml =
        "Paste its text, send a link or a file (.txt, .html, .pdf), a screenshot or a voice note, or forward a post " +
        "from a channel. Reply to my summary to ask about it; <b>Full translation</b> gives the whole text. " +
        "In groups: mention me, or reply /summarize to a message.";

    public override HandlerDescription Description { get; } = HandlerDescription.MenuCommand("help", "What Gist does and how to use it", 10);

    /// <summary>The help message: the introduction, then each group with its commands on one line.</summary>
    public static string HelpHtml(IEnumerable<HandlerDescription> commands)
    {
        var byGroup = commands.Where(c => c.Command is not null).ToLookup(c => c.Group);
        string Line(HelpGroup group) => string.Join(" · ", byGroup[group].Select(c => c.Usage ?? "/" + c.Command));
        return IntroHtml + "\n\n" +
            "<b>Read an article</b>\n" + ReadingHtml + (byGroup[HelpGroup.Article].Any() ? "\n" + Line(HelpGroup.Article) : "") + "\n\n" +
            (byGroup[HelpGroup.Digest].Any() ? "<b>Daily digest</b>\n" + Line(HelpGroup.Digest) + "\n\n" : "") +
            "<b>Settings</b>\n" + Line(HelpGroup.Settings);
    }

    protected override async Task HandleAsync(UpdateContext context, CommandText command, CancellationToken cancellationToken) =>
        await replies.DeliverAsync([HelpHtml(menu.Descriptions)], null, cancellationToken);
}
