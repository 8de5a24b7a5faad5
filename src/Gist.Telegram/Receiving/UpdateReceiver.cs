using Gist.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Gist.Telegram.Receiving;

/// <summary>
/// Long polling that never waits on the model: each batch from getUpdates is written to the durable inbox
/// before the next call confirms it (https://core.telegram.org/bots/api#getupdates: an update is confirmed by
/// calling getUpdates with a higher offset). Pending updates are never dropped at start. getUpdates is refused
/// (409) while a webhook is set, so a webhook left by a webhook-mode deployment is deleted first, keeping the
/// updates Telegram holds for it (drop_pending_updates=false).
/// </summary>
public sealed class UpdateReceiver(
    ITelegramBotClient bot,
    IUpdateInbox inbox,
    InboxWriter writer,
    IOptions<TelegramOptions> options,
    ILogger<UpdateReceiver> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var last = await inbox.GetLastUpdateIdAsync(stoppingToken);
        int? offset = last is { } id ? checked((int)id + 1) : null;
        var backoff = new BotApiBackoff(MaxBackoff);
        var webhookChecked = false;
        logger.LogInformation("Receiving updates by long polling from offset {Offset}", offset);

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!webhookChecked)
                {
                    await DeleteWebhookIfSetAsync(stoppingToken);
                    webhookChecked = true;
                }

                var updates = await bot.GetUpdates(offset, limit: 100, timeout: options.Value.PollingTimeoutSeconds,
                    allowedUpdates: ReceivedUpdateTypes.Allowed, cancellationToken: stoppingToken);
                if (updates.Length > 0)
                {
                    await writer.StoreAsync(updates, stoppingToken);
                    offset = updates.Max(u => u.Id) + 1;
                }

                backoff.Reset();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 409)
            {
                // Either another process polls with this token, or someone set a webhook since the last check:
                // check again before the next call.
                webhookChecked = false;
                logger.LogError(ex, "Another process is polling with this token, or a webhook is set; retrying in {Delay}", MaxBackoff);
                await Delay(MaxBackoff, stoppingToken);
            }
            catch (Exception ex)
            {
                // 5xx, network errors, 429: back off exponentially and try again; the offset is unchanged,
                // so nothing is lost.
                var delay = backoff.After(ex);
                logger.LogError(ex, "{Method} failed; retrying in {Delay}", webhookChecked ? "getUpdates" : "getWebhookInfo/deleteWebhook", delay);
                await Delay(delay, stoppingToken);
            }
        }
    }

    /// <summary>getWebhookInfo has an empty url while no webhook is set (https://core.telegram.org/bots/api#getwebhookinfo).</summary>
    private async Task DeleteWebhookIfSetAsync(CancellationToken cancellationToken)
    {
        var info = await bot.GetWebhookInfo(cancellationToken);
        if (string.IsNullOrEmpty(info.Url))
        {
            return;
        }

        logger.LogWarning("A webhook is set ({WebhookUrl}, {Pending} updates pending); deleting it so long polling works, pending updates kept",
            info.Url, info.PendingUpdateCount);
        await bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken);
    }

    private static async Task Delay(TimeSpan delay, CancellationToken token)
    {
        try
        {
            await Task.Delay(delay, token);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
