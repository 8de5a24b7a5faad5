using System.Text.Json;
using Gist.Core.Storage;
using Gist.Summarization.Llm;
using Gist.Telegram.Handlers;
using Gist.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace Gist.Telegram.Processing;

/// <summary>
/// Routes one stored update to its handler and turns what happened into an inbox outcome. Every accepted update
/// gets an answer: a transient failure (Telegram or the network) is retried a few times, and when the retries are
/// spent the user gets a clear reply saying so. Only a chat the bot can no longer write to (blocked, gone) goes
/// unanswered.
/// </summary>
public sealed class UpdateDispatcher(
    IEnumerable<IInputHandler> handlers,
    IChatSettingsStore settings,
    BotIdentityProvider identity,
    ReplySender replies,
    Access.AccessGate access,
    IOptions<TelegramOptions> options,
    ILogger<UpdateDispatcher> logger)
{
    /// <summary>Attempts at handling the update through transient errors; after them the user gets the "sorry" reply.</summary>
    public const int MaxAttempts = 5;

    /// <summary>Further attempts at delivering that reply when Telegram keeps failing, before the update is marked failed.</summary>
    public const int MaxApologyAttempts = 5;

    /// <summary>
    /// Attempts (restarts included: a crash recovers the update with one more) after which the handler is not run
    /// again. High, because a crash is seldom the update's fault: only an update that kills the process every time
    /// should ever get here.
    /// </summary>
    public const int MaxRecoveries = 30;

    public const string GiveUpText = "Sorry, something went wrong while handling that message. Please try again in a minute.";

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

        // Parsed: the JSON is not read again, and a pasted article's JSON is as large as the article; the context
        // lives as long as the request (issue 6, docs/PERFORMANCE.md §3).
        item = item with { Json = string.Empty };

        if (item.Attempts >= MaxRecoveries)
        {
            // In progress through this many restarts (an update that kills the process?): no handler again, only sorry.
            return await GiveUpAsync(item, update, null, cancellationToken);
        }

        UpdateContext? context = null;
        IInputHandler? handler = null;
        try
        {
            // Inside the try: getMe or the settings store failing is a transient error like any other.
            context = new UpdateContext
            {
                Update = update,
                Item = item,
                Settings = await settings.GetAsync(item.ChatId, cancellationToken),
                Bot = await identity.GetAsync(cancellationToken),
            };
            replies.Bind(context);

            handler = handlers.OrderBy(h => h.Description.Order).FirstOrDefault(h => h.CanHandle(context));
            if (handler is null)
            {
                // Not addressed to the bot (a group message without mention, a service message…): nothing to answer.
                return DispatchOutcome.Answered;
            }

            // Allowlist, per-user rate limit and whether the daily quota is used up, before any work is done for the update.
            var verdict = await access.CheckAsync(context, handler, cancellationToken);
            while (verdict.WaitFor is { } wait)
            {
                // Over the rate limit: told once, then answered in turn (the chat's later updates wait behind this one).
                if (verdict.ReplyHtml is { } notice)
                {
                    await replies.DeliverAsync([notice], null, cancellationToken);
                }

                await Task.Delay(wait, cancellationToken);
                verdict = await access.CheckAsync(context, handler, cancellationToken, waited: true);
            }

            if (!verdict.Allowed)
            {
                logger.LogInformation("Update {UpdateId} in chat {ChatId} refused: {Reason}", item.UpdateId, item.ChatId, verdict.Reason);
                if (verdict.ReplyHtml is { } refusal)
                {
                    await replies.DeliverAsync([refusal], null, cancellationToken);
                }

                return DispatchOutcome.Answered;
            }

            await HandleMeteredAsync(context, handler, cancellationToken);
            return DispatchOutcome.Answered;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (ApiRequestException ex) when (TelegramErrors.IsChatUnreachable(ex))
        {
            logger.LogWarning("Chat {ChatId} cannot be written to ({Error}); dropping its update {UpdateId}", item.ChatId, ex.Message, item.UpdateId);
            return DispatchOutcome.Failed(ex.Message);
        }
        catch (StorageUnavailableException ex)
        {
            // The database restarting or failing over is nobody's fault: no "sorry", no attempt spent; the update is
            // taken again when the database is back, and what was already sent is edited, not repeated.
            logger.LogWarning("Update {UpdateId} waits for the database: {Reason}", item.UpdateId, ex.Message);
            return DispatchOutcome.RetryLater(nameof(StorageUnavailableException));
        }
        catch (Exception ex) when (item.Attempts + 1 < MaxAttempts && TelegramErrors.IsTransient(ex))
        {
            logger.LogError(ex, "Update {UpdateId} hit a transient error (attempt {Attempt}); it will be retried", item.UpdateId, item.Attempts + 1);
            await Task.Delay(RetryDelay(item.Attempts), cancellationToken);
            return DispatchOutcome.RetryLater(ex.GetType().Name);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Handler {Handler} failed on update {UpdateId}", handler?.GetType().Name ?? "(none chosen)", item.UpdateId);
            return await GiveUpAsync(item, update, context, cancellationToken);
        }
    }

    /// <summary>
    /// Runs the handler within the update's deadline (Telegram:UpdateTimeoutSeconds) while counting its requests to the
    /// model, then charges the user's daily quota if there was at least one: also when the handler failed after
    /// calling the model, since the call was made. Past the deadline the handler's token is cancelled and the user
    /// told so; the update is answered, not retried.
    /// </summary>
    private async Task HandleMeteredAsync(UpdateContext context, IInputHandler handler, CancellationToken cancellationToken)
    {
        using var meter = ModelCallMeter.Start();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var limit = TimeSpan.FromSeconds(options.Value.UpdateTimeoutSeconds);
        deadline.CancelAfter(limit);
        try
        {
            await handler.HandleAsync(context, deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Update {UpdateId} in chat {ChatId} passed its deadline of {Limit} in {Handler}", context.Item.UpdateId, context.ChatId, limit, handler.GetType().Name);
            await replies.SayAsync(DeadlineText(limit), cancellationToken);
        }
        finally
        {
            await access.ChargeAsync(context, handler, meter.Requests);
        }
    }

    public static string DeadlineText(TimeSpan limit) =>
        $"Sorry, that took longer than {(limit.TotalMinutes >= 1 ? $"{limit.TotalMinutes:0.#} minutes" : $"{limit.TotalSeconds:0} seconds")}, so I stopped. Try a shorter text or another link.";

    /// <summary>1, 2, 4, 8… seconds, at most 30: long enough for a blip to pass, short enough that the user waits little.</summary>
    private static TimeSpan RetryDelay(int attempts) => TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, attempts)));

    /// <summary>
    /// The final reply when the update cannot be handled. When even getMe failed, a context is built without the
    /// bot's name: commands and private chats are still recognised, so a group message not meant for the bot
    /// never gets a "sorry".
    /// </summary>
    private async Task<DispatchOutcome> GiveUpAsync(InboxItem item, Update update, UpdateContext? context, CancellationToken cancellationToken)
    {
        if (context is null)
        {
            context = new UpdateContext
            {
                Update = update,
                Item = item,
                Settings = new ChatSettings(item.ChatId),
                Bot = identity.Known ?? new BotIdentity(0, ""),
            };
            if (!handlers.Any(h => h.CanHandle(context)))
            {
                return DispatchOutcome.Answered;
            }

            replies.Bind(context);
        }

        try
        {
            await replies.SayAsync(GiveUpText, cancellationToken);
            return DispatchOutcome.Answered;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (ApiRequestException ex) when (TelegramErrors.IsChatUnreachable(ex))
        {
            logger.LogWarning("Chat {ChatId} cannot be written to ({Error}); dropping its update {UpdateId}", item.ChatId, ex.Message, item.UpdateId);
            return DispatchOutcome.Failed(ex.Message);
        }
        catch (Exception ex) when (item.Attempts + 1 < MaxAttempts + MaxApologyAttempts && TelegramErrors.IsTransient(ex))
        {
            logger.LogError(ex, "Could not tell the user about the failure of update {UpdateId} yet; trying again", item.UpdateId);
            await Task.Delay(RetryDelay(Math.Min(item.Attempts, 4)), cancellationToken);
            return DispatchOutcome.RetryLater(ex.GetType().Name);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not tell the user about the failure of update {UpdateId}", item.UpdateId);
            return DispatchOutcome.Failed("unreported failure");
        }
    }
}
