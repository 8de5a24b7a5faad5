using Gist.Rendering;
using Gist.Storage.Reliability;
using Gist.Summarization.Llm;
using Gist.Telegram.Handlers;
using Gist.Telegram.Processing;
using Microsoft.Extensions.Options;

namespace Gist.Telegram.Access;

/// <summary>
/// Decides, before a handler runs, whether the update may be handled: the allowlist (Access:AllowedUserIds,
/// Access:AllowedChatIds), the per-user rate limit, then the daily quota of model calls (counted atomically in
/// storage, once per update). Admins (Access:AdminUserIds) pass every check.
/// </summary>
public sealed class AccessGate(
    IOptions<AccessOptions> options,
    IOptions<LlmOptions> llm,
    UserRateLimiter rateLimiter,
    IQuotaChargeStore charges,
    IUserQuotaStore quotas,
    TimeProvider time)
{
    public bool IsAdmin(long? userId) => userId is { } id && options.Value.AdminUserIds.Contains(id);

    public async Task<AccessVerdict> CheckAsync(UpdateContext context, IUpdateHandler handler, CancellationToken cancellationToken)
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
            var retry = rateLimiter.TryAcquire(userId ?? context.ChatId) ?? TimeSpan.FromMinutes(1);
            return AccessVerdict.Refuse("not allowed", rateLimiter.ShouldWarn(userId ?? context.ChatId, retry) ? StatusMessages.NotAllowed : null);
        }

        var key = userId ?? context.ChatId;
        if (rateLimiter.TryAcquire(key) is { } retryAfter)
        {
            return AccessVerdict.Refuse("rate limited", rateLimiter.ShouldWarn(key, retryAfter) ? StatusMessages.RateLimited(retryAfter) : null);
        }

        if (llm.Value.UsesModel && ModelCost.Of(handler))
        {
            var limit = await quotas.GetAsync(key, cancellationToken) ?? settings.DailyModelCalls;
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            // Charged once per update_id: a retry after a transient error or a crash is not charged again.
            if (!await charges.TryChargeAsync(context.Item.UpdateId, key, today, limit, cancellationToken))
            {
                return AccessVerdict.Refuse("daily quota", StatusMessages.DailyQuotaReached(limit));
            }
        }

        return AccessVerdict.Allow;
    }

    /// <summary>The person behind the update: the sender of the message, or who pressed the button.</summary>
    public static long? UserOf(UpdateContext context) =>
        context.Update.Message?.From?.Id ?? context.Update.CallbackQuery?.From.Id ?? context.Update.EditedMessage?.From?.Id;
}
