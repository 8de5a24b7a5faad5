using System.Text.Json;
using Gist.Core.Storage;
using Gist.Telegram.Handlers;
using Gist.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace Gist.Telegram.Processing;

/// <summary>Routes one stored update to its handler and turns what happened into an inbox outcome.</summary>
public sealed class UpdateDispatcher(
    IEnumerable<IUpdateHandler> handlers,
    IChatSettingsStore settings,
    BotIdentityProvider identity,
    ReplySender replies,
    Access.AccessGate access,
    ILogger<UpdateDispatcher> logger)
{
    private const int MaxAttempts = 5;

    public async Task<DispatchOutcome> DispatchAsync(InboxItem item, CancellationToken cancellationToken)
    {
        Update? update;
        try
        {
            update = JsonSerializer.Deserialize<Update>(item.Json, JsonBotAPI.Options);
        }
        catch (JsonException ex)
        {
            logger.LogError(ex, "Update {UpdateId} could not be read", item.UpdateId);
            return DispatchOutcome.Failed("unreadable update");
        }

        if (update is null)
        {
            return DispatchOutcome.Failed("empty update");
        }

        var context = new UpdateContext
        {
            Update = update,
            Item = item,
            Settings = await settings.GetAsync(item.ChatId, cancellationToken),
            Bot = await identity.GetAsync(cancellationToken),
        };
        replies.Bind(context);

        var handler = handlers.OrderBy(h => h.Order).FirstOrDefault(h => h.CanHandle(context));
        if (handler is null)
        {
            // Not addressed to the bot (a group message without mention, a service message…): nothing to answer.
            return DispatchOutcome.Answered;
        }

        try
        {
            // Allowlist, per-user rate limit and daily quota, before any work is done for the update.
            var verdict = await access.CheckAsync(context, handler, cancellationToken);
            if (!verdict.Allowed)
            {
                logger.LogInformation("Update {UpdateId} in chat {ChatId} refused: {Reason}", item.UpdateId, item.ChatId, verdict.Reason);
                if (verdict.ReplyHtml is { } refusal)
                {
                    await replies.DeliverAsync([refusal], null, cancellationToken);
                }

                return DispatchOutcome.Answered;
            }

            await handler.HandleAsync(context, cancellationToken);
            return DispatchOutcome.Answered;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 403 || IsChatGone(ex))
        {
            logger.LogWarning("Chat {ChatId} cannot be written to ({Error}); dropping its update {UpdateId}", item.ChatId, ex.Message, item.UpdateId);
            return DispatchOutcome.Failed(ex.Message);
        }
        catch (Exception ex) when (item.Attempts + 1 < MaxAttempts && IsTransient(ex))
        {
            logger.LogError(ex, "Update {UpdateId} hit a transient error (attempt {Attempt}); it will be retried", item.UpdateId, item.Attempts + 1);
            await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, item.Attempts + 1))), cancellationToken);
            return DispatchOutcome.RetryLater(ex.GetType().Name);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Handler {Handler} failed on update {UpdateId}", handler.GetType().Name, item.UpdateId);
            return await TellUserAsync(cancellationToken);
        }
    }

    private async Task<DispatchOutcome> TellUserAsync(CancellationToken cancellationToken)
    {
        try
        {
            await replies.SayAsync("Sorry, something went wrong while handling that message. Please try again in a minute.", cancellationToken);
            return DispatchOutcome.Answered;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not tell the user about the failure");
            return DispatchOutcome.Failed("unreported failure");
        }
    }

    private static bool IsChatGone(ApiRequestException ex) =>
        ex.ErrorCode == 400 && ex.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase);

    private static bool IsTransient(Exception ex) => ex switch
    {
        ApiRequestException api => api.ErrorCode is 429 or >= 500,
        RequestException => true,
        HttpRequestException => true,
        TimeoutException => true,
        _ => false,
    };
}
