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
/// updates Telegram holds for it (drop_pending_updates=false). With several instances on one database only the
/// holder of the polling lease polls (<see cref="IPollingLease"/>); the others wait to take it over, and the one
/// that does resumes after the last update stored in the shared inbox, which the last poller wrote before confirming.
/// </summary>
public sealed class UpdateReceiver(
    ITelegramBotClient bot,
    IUpdateInbox inbox,
    IPollingLease lease,
    InboxWriter writer,
    IOptions<TelegramOptions> options,
    ILogger<UpdateReceiver> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var standingBy = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            bool holding;
            try
            {
                holding = await lease.TryHoldAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Could not reach the database to take the polling lease; retrying in {Delay}", lease.CheckInterval);
                holding = false;
            }

            if (!holding)
            {
                if (!standingBy)
                {
                    logger.LogInformation("Another instance polls Telegram; this one processes updates and stands by to take over");
                    standingBy = true;
                }

                await Delay(lease.CheckInterval, stoppingToken);
                continue;
            }

            standingBy = false;
            using var held = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var renewal = KeepHoldingAsync(held);
            try
            {
                await PollAsync(held.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // The lease went to another instance while a call was in flight: stand by again.
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The inbox cannot be read (the database is down): try again, from the lease, after a pause.
                logger.LogError(ex, "Polling stopped; retrying in {Delay}", lease.CheckInterval);
                await Delay(lease.CheckInterval, stoppingToken);
            }
            finally
            {
                await held.CancelAsync();
                await renewal;
            }
        }

        try
        {
            await lease.ReleaseAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not release the polling lease; another instance takes over when it runs out");
        }
    }

    /// <summary>Renews the lease while polling; when it is lost (another instance took it), polling stops.</summary>
    private async Task KeepHoldingAsync(CancellationTokenSource held)
    {
        while (!held.IsCancellationRequested)
        {
            await Delay(lease.CheckInterval, held.Token);
            if (held.IsCancellationRequested)
            {
                return;
            }

            try
            {
                if (!await lease.TryHoldAsync(held.Token))
                {
                    logger.LogWarning("The polling lease went to another instance; this one stops polling");
                    await held.CancelAsync();
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database is unreachable: keep polling until the lease would have run out for the others too.
                logger.LogWarning(ex, "Could not renew the polling lease");
            }
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
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
