using System.Text.Json;
using Gist.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace Gist.Telegram.Receiving;

/// <summary>
/// Long polling that never waits on the model: each batch from getUpdates is written to the durable inbox
/// before the next call confirms it (https://core.telegram.org/bots/api#getupdates: an update is confirmed by
/// calling getUpdates with a higher offset). Pending updates are never dropped at start.
/// </summary>
public sealed class UpdateReceiver(
    ITelegramBotClient bot,
    IUpdateInbox inbox,
    InboxSignal signal,
    IOptions<TelegramOptions> options,
    ILogger<UpdateReceiver> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var last = await inbox.GetLastUpdateIdAsync(stoppingToken);
        int? offset = last is { } id ? checked((int)id + 1) : null;
        var backoff = TimeSpan.FromSeconds(1);
        logger.LogInformation("Receiving updates by long polling from offset {Offset}", offset);

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var updates = await bot.GetUpdates(offset, limit: 100, timeout: options.Value.PollingTimeoutSeconds,
                    cancellationToken: stoppingToken);
                if (updates.Length > 0)
                {
                    var added = await inbox.AddAsync(updates.Select(ToInbox).ToList(), stoppingToken);
                    offset = updates.Max(u => u.Id) + 1;
                    if (added > 0)
                    {
                        signal.Notify();
                    }
                }

                backoff = TimeSpan.FromSeconds(1);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 409)
            {
                logger.LogError(ex, "Another process is polling with this token, or a webhook is set; retrying in {Delay}", MaxBackoff);
                await Delay(MaxBackoff, stoppingToken);
            }
            catch (Exception ex)
            {
                // 5xx, network errors, 429: back off exponentially and try again; the offset is unchanged,
                // so nothing is lost.
                var delay = ex is ApiRequestException { Parameters.RetryAfter: { } retryAfter }
                    ? TimeSpan.FromSeconds(retryAfter)
                    : backoff;
                logger.LogError(ex, "getUpdates failed; retrying in {Delay}", delay);
                await Delay(delay, stoppingToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    /// <summary>
    /// The Bot API options, minus the default escaping of every non-ASCII character as \uXXXX: the JSON goes into
    /// SQLite, never into HTML or a script, and escaped Arabic text is six characters per letter. A 4.5 KB Arabic
    /// paste was a 54 KB string held for the life of each request in flight (issue 6, docs/PERFORMANCE.md §3).
    /// </summary>
    private static readonly JsonSerializerOptions InboxJson = new(JsonBotAPI.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static InboxUpdate ToInbox(Update update)
    {
        var json = JsonSerializer.Serialize(update, InboxJson);
        return new InboxUpdate(update.Id, UpdateChat.Of(update), json);
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
