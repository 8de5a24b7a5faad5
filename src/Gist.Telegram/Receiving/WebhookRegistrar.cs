using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Gist.Telegram.Receiving;

/// <summary>
/// Webhook mode: tells Telegram where to POST updates (https://core.telegram.org/bots/api#setwebhook) with the
/// secret it must send back, the same allowed_updates as polling, and drop_pending_updates=false so updates
/// that waited while the bot was down or polling are delivered. Retried with backoff until Telegram accepts it;
/// the listener is already up by then. The URL is logged, never the secret.
/// </summary>
public sealed class WebhookRegistrar(
    ITelegramBotClient bot,
    IOptions<TelegramOptions> options,
    ILogger<WebhookRegistrar> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var backoff = new BotApiBackoff(MaxBackoff);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await bot.SetWebhook(settings.WebhookUrl!, allowedUpdates: ReceivedUpdateTypes.Allowed,
                    dropPendingUpdates: false, secretToken: settings.WebhookSecret, cancellationToken: stoppingToken);
                logger.LogInformation("Receiving updates by webhook at {WebhookUrl}", settings.WebhookUrl);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                var delay = backoff.After(ex);
                // The exception carries Telegram's description, never the request's parameters.
                logger.LogError(ex, "setWebhook for {WebhookUrl} failed; retrying in {Delay}", settings.WebhookUrl, delay);
                try
                {
                    await Task.Delay(delay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
