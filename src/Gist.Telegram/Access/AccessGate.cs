using Gist.Core.Storage;
using Gist.Rendering;
using Gist.Summarization.Llm;
using Gist.Telegram.Handlers;
using Gist.Telegram.Processing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gist.Telegram.Access;

/// <summary>
/// Decides, before a handler runs, whether the update may be handled: the allowlist (Access:AllowedUserIds,
/// Access:AllowedChatIds), the per-user rate limit (which paces article and feed work, <see cref="RateLimitedWork"/>;
/// cheap commands pass), then the daily quota of model calls. The quota is checked up
/// front (a user who has used the whole day's quota is told so before any work) and charged afterwards, only when
/// handling the update really sent a request to the model (<see cref="ChargeAsync"/>): an answer from the result
/// cache or the offline engine costs nothing. Admins (Access:AdminUserIds) pass every check and are never charged.
/// </summary>
public sealed class AccessGate(
    IOptions<AccessOptions> options,
    IOptions<LlmOptions> llm,
    UserRateLimiter rateLimiter,
    IQuotaChargeStore charges,
    IUserQuotaStore quotas,
    TimeProvider time,
    ILogger<AccessGate> logger)
{
    public bool IsAdmin(long? userId) => userId is { } id && options.Value.AdminUserIds.Contains(id);

    /// <param name="waited">True when the update already waited for its turn under the rate limit.</param>
    public async Task<AccessVerdict> CheckAsync(UpdateContext context, IInputHandler handler, CancellationToken cancellationToken, bool waited = false)
    {
        var settings = options.Value;
        var userId = UserOf(context);
        if (IsAdmin(userId))
        {
            return AccessVerdict.Allow;
        }

        if (settings.IsAllowlistMode
            && !(userId is { } u && settings.AllowedUserIds.Contains(u))
            && !settings.AllowedChatIds.Contains(context.ChatId))
        {
            // Told once per rate-limit window, like any other refusal.
            var retry = await rateLimiter.TryAcquireAsync(userId ?? context.ChatId, cancellationToken) ?? TimeSpan.FromMinutes(1);
            return AccessVerdict.Refuse("not allowed", rateLimiter.ShouldWarn(userId ?? context.ChatId, retry) ? StatusMessages.NotAllowed : null);
        }

        var key = userId ?? context.ChatId;
        if (RateLimitedWork.Of(handler))
        {
            // Paced, never dropped: the update waits for its turn and is answered; the user is told once.
            if (await rateLimiter.TryAcquireAsync(key, cancellationToken) is { } retryAfter)
            {
                return AccessVerdict.Wait(retryAfter, rateLimiter.WarnOnce(key) ? StatusMessages.RateLimited(retryAfter) : null);
            }

            if (!waited)
            {
                rateLimiter.Forgive(key);
            }
        }

        if (IsMetered(handler))
        {
            var limit = await quotas.GetAsync(key, cancellationToken) ?? settings.DailyModelCalls;
            // A retry of an update already charged (a transient error after the model answered) always goes ahead.
            if (!await charges.HasRoomAsync(context.Item.UpdateId, key, Today(), limit, cancellationToken))
            {
                return AccessVerdict.Refuse("daily quota", StatusMessages.DailyQuotaReached(limit));
            }
        }

        return AccessVerdict.Allow;
    }

    /// <summary>
    /// Charges the update to its user's daily quota when handling it sent at least one request to the model
    /// (<paramref name="modelRequests"/>, from <see cref="ModelCallMeter"/>), once per update_id. Called after the
    /// handler, also when it failed after calling the model. Never throws: a charge that cannot be written is logged,
    /// and the user's answer stands. Returns whether the update was charged now.
    /// </summary>
    public async Task<bool> ChargeAsync(UpdateContext context, IInputHandler handler, int modelRequests)
    {
        var userId = UserOf(context);
        if (modelRequests <= 0 || IsAdmin(userId) || !IsMetered(handler))
        {
            return false;
        }

        try
        {
            // Not the update's token: the model was called, so the charge is recorded even while the host stops.
            return await charges.ChargeAsync(context.Item.UpdateId, userId ?? context.ChatId, Today(), CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not charge update {UpdateId} to the daily quota of user {UserId}", context.Item.UpdateId, userId ?? context.ChatId);
            return false;
        }
    }

    /// <summary>The person behind the update: the sender of the message, or who pressed the button.</summary>
    public static long? UserOf(UpdateContext context) =>
        context.Update.Message?.From?.Id ?? context.Update.CallbackQuery?.From.Id ?? context.Update.EditedMessage?.From?.Id;

    private bool IsMetered(IInputHandler handler) => llm.Value.UsesModel && ModelCost.Of(handler);

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
