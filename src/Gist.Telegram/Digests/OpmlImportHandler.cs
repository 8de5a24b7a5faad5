using Gist.Digests;
using Gist.Digests.Subscriptions;
using Gist.Telegram.Handlers;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Gist.Telegram.Digests;

/// <summary>An .opml file sent to the bot: every feed in it is subscribed (before the general document handler sees it).</summary>
public sealed class OpmlImportHandler(
    ITelegramBotClient bot,
    SubscriptionService service,
    ReplySender replies,
    IOptions<TelegramOptions> options,
    IOptions<DigestsOptions> digestOptions) : IInputHandler
{
    public HandlerDescription Description { get; } = HandlerDescription.Input(HandlerOrder.SpecialContent, costsModelCall: false);

    public bool CanHandle(UpdateContext context) =>
        context.Message?.Document is { } document && Addressing.IsForBot(context)
        && (document.FileName?.EndsWith(".opml", StringComparison.OrdinalIgnoreCase) == true || document.MimeType is "text/x-opml" or "text/x-opml+xml");

    public async Task HandleAsync(UpdateContext context, CancellationToken cancellationToken)
    {
        var document = context.Message!.Document!;
        if (document.FileSize > options.Value.MaxFileBytes)
        {
            await replies.SayAsync("That OPML file is too large.", cancellationToken);
            return;
        }

        await replies.ShowStatusAsync("Importing your feeds…", cancellationToken);
        using var buffer = new MemoryStream();
        var file = await bot.GetFile(document.FileId, cancellationToken);
        await bot.DownloadFile(file, buffer, cancellationToken);
        try
        {
            var (added, failed, skipped) = await service.ImportAsync(context.ChatId, buffer.ToArray(), cancellationToken);
            var text = $"Imported {added.Count} feed{(added.Count == 1 ? "" : "s")}" + (added.Count > 0 ? ": " + string.Join(", ", added) + "." : ".");
            if (failed.Count > 0)
            {
                text += "\nNot imported:\n" + string.Join('\n', failed.Take(20).Select(f => $"• {f.Url}: {f.Error}"));
            }

            if (skipped > 0)
            {
                text += $"\nSkipped {skipped} more feed{(skipped == 1 ? "" : "s")}: a chat can have at most {digestOptions.Value.MaxSubscriptionsPerChat} subscriptions.";
            }

            await replies.SayAsync(text, cancellationToken);
        }
        catch (FormatException ex)
        {
            await replies.SayAsync($"\"{document.FileName}\" is not an OPML list: {ex.Message}", cancellationToken);
        }
    }
}
