using System.Text;
using Gist.Digests.Subscriptions;
using Gist.Telegram.Commands;
using Gist.Telegram.Handlers;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;
using Gist.Telegram.Sending.Throttling;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Gist.Telegram.Digests;

/// <summary>/export: the chat's subscriptions as an OPML file.</summary>
public sealed class ExportCommandHandler(SubscriptionService service, ITelegramBotClient bot, OutboundThrottle throttle, ReplySender replies) : CommandHandler
{
    public override HandlerDescription Description { get; } = HandlerDescription.MenuCommand("export", "Your feeds as an OPML file", 120, group: HelpGroup.Digest);

    protected override async Task HandleAsync(UpdateContext context, CommandText command, CancellationToken cancellationToken)
    {
        var opml = await service.ExportAsync(context.ChatId, cancellationToken);
        if (!opml.Contains("xmlUrl", StringComparison.Ordinal))
        {
            await replies.SayAsync("You follow no feeds, so there is nothing to export.", cancellationToken);
            return;
        }

        await throttle.WaitAsync(context.ChatId, SendPriority.Interactive, cancellationToken);
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(opml));
        await bot.SendDocument(context.ChatId, InputFile.FromStream(stream, "gist-subscriptions.opml"),
            caption: "Your subscriptions (OPML). Send this file back to me, or to any feed reader, to import them.", cancellationToken: cancellationToken);
    }
}
