using System.Globalization;
using System.Text.Json;
using Gist.Core.Digests;
using Gist.Core.Storage;
using Gist.Digests.Building;
using Gist.Digests.Scheduling;
using Gist.Digests.Subscriptions;
using Gist.MiniApp.Auth;
using Gist.Telegram.Digests;
using Microsoft.AspNetCore.Http;

namespace Gist.MiniApp.Api;

/// <summary>
/// The user's subscriptions, edited through the same services, parsers and stores as /filter, /digest_time,
/// /timezone and /unsubscribe, so a change made here shows in the chat at once and the same input is refused the
/// same way, with the same sentence.
/// </summary>
public sealed class SubscriptionApi(SubscriptionService service, ISubscriptionStore subscriptions)
{
    /// <summary>Longer request bodies are refused (a filter or a time is a few words).</summary>
    public const int MaxBodyBytes = 4096;

    public async Task<IResult> GetAsync(HttpContext context, MiniAppUser user, CancellationToken cancellationToken) =>
        ApiResponses.Ok(await ViewAsync(user.Id, cancellationToken));

    public async Task<IResult> SetFilterAsync(HttpContext context, MiniAppUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var target = await FindAsync(context, user, cancellationToken);
        if (target is null)
        {
            return ApiResponses.NotFound("No such feed in your list.");
        }

        if (await ReadAsync<FilterChange>(context, cancellationToken) is not { Filter: { } text })
        {
            return ApiResponses.Invalid("Send the filter as +word -word (or clear).");
        }

        var (include, exclude) = text.Trim().Equals("clear", StringComparison.OrdinalIgnoreCase) ? ("", "") : Filters.Parse(text);
        await subscriptions.SetFiltersAsync(user.Id, target.Id, include, exclude, cancellationToken);
        return ApiResponses.Ok(await ViewAsync(user.Id, cancellationToken));
    }

    public async Task<IResult> RemoveAsync(HttpContext context, MiniAppUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await FindAsync(context, user, cancellationToken) is not { } target)
        {
            return ApiResponses.NotFound("No such feed in your list.");
        }

        await subscriptions.RemoveAsync(user.Id, target.Id, cancellationToken);
        return ApiResponses.Ok(await ViewAsync(user.Id, cancellationToken));
    }

    public async Task<IResult> SetScheduleAsync(HttpContext context, MiniAppUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await ReadAsync<ScheduleChange>(context, cancellationToken) is not { } change || (change.Time is null && change.TimeZone is null))
        {
            return ApiResponses.Invalid("Send a time (e.g. 08:00 or 8pm) and/or a time zone (Asia/Riyadh, a city, or UTC+3).");
        }

        TimeOnly? time = null;
        if (change.Time is { } timeText && (time = DigestTimeArgument.Parse(timeText, out var problem)) is null)
        {
            return ApiResponses.Invalid(problem);
        }

        string? zone = null;
        if (change.TimeZone is { } zoneText && !ZoneResolver.TryResolve(zoneText, out _, out zone))
        {
            return ApiResponses.Invalid($"I don't know the time zone \"{zoneText}\". Use a zone name (Asia/Riyadh), a city (Cairo) or an offset (UTC+3).");
        }

        await service.UpdateScheduleAsync(user.Id, time, zone, cancellationToken);
        return ApiResponses.Ok(await ViewAsync(user.Id, cancellationToken));
    }

    private async Task<SubscriptionsView> ViewAsync(long chatId, CancellationToken cancellationToken)
    {
        var subscriber = await service.EnsureSubscriberAsync(chatId, cancellationToken);
        var list = await subscriptions.ListAsync(chatId, cancellationToken);
        var feeds = list.Select((s, i) => new SubscriptionsView.Feed(s.Id, i + 1, DigestBuilder.OutletOf(s), s.FeedUrl, FilterText(s), Filters.Describe(s))).ToList();
        return new SubscriptionsView(subscriber.DigestTime.ToString("HH:mm", CultureInfo.InvariantCulture), subscriber.TimeZoneId, subscriber.NextDigestAt, subscriber.PausedReason is not null, feeds);
    }

    private async Task<Subscription?> FindAsync(HttpContext context, MiniAppUser user, CancellationToken cancellationToken)
    {
        var id = long.TryParse(context.Request.RouteValues["id"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
        return (await subscriptions.ListAsync(user.Id, cancellationToken)).FirstOrDefault(s => s.Id == id);
    }

    private static string FilterText(Subscription s) =>
        string.Join(' ', s.IncludeWords.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => "+" + w)
            .Concat(s.ExcludeWords.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => "-" + w)));

    private static async Task<T?> ReadAsync<T>(HttpContext context, CancellationToken cancellationToken)
        where T : class
    {
        if (context.Request.ContentLength is > MaxBodyBytes || context.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }

        try
        {
            return await JsonSerializer.DeserializeAsync<T>(context.Request.Body, ApiResponses.Json, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record FilterChange(string? Filter);

    private sealed record ScheduleChange(string? Time, string? TimeZone);
}
