using System.Globalization;
using Gist.Core.Storage;
using Gist.Rendering;
using Gist.Telegram.Commands;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;
using Microsoft.Extensions.Options;

namespace Gist.Telegram.Access;

/// <summary>
/// /quota (admins only): <c>/quota USER_ID</c> shows a user's model calls today (their requests that reached the
/// model; cached and offline answers are not counted) and their limit; <c>/quota USER_ID N</c> sets their daily
/// limit; <c>/quota USER_ID default</c> puts them back on Access:DailyModelCalls.
/// </summary>
public sealed class QuotaCommandHandler(
    AccessGate gate,
    IUsageStore usage,
    IUserQuotaStore quotas,
    IOptions<AccessOptions> options,
    ReplySender replies,
    TimeProvider time) : AdminCommandHandler(gate)
{
    public const string Usage = "Usage: /quota USER_ID (show), /quota USER_ID N (set the daily limit), /quota USER_ID default";

    protected override string Command => "quota";

    protected override async Task HandleAsync(UpdateContext context, CommandText command, CancellationToken cancellationToken)
    {
        var args = command.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (args.Length is < 1 or > 2 || !long.TryParse(args[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var userId))
        {
            await SayAsync(Usage, cancellationToken);
            return;
        }

        if (args.Length == 2)
        {
            if (string.Equals(args[1], "default", StringComparison.OrdinalIgnoreCase))
            {
                await quotas.ClearAsync(userId, cancellationToken);
            }
            else if (int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit <= 1_000_000)
            {
                await quotas.SetAsync(userId, limit, cancellationToken);
            }
            else
            {
                await SayAsync(Usage, cancellationToken);
                return;
            }
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var own = await quotas.GetAsync(userId, cancellationToken);
        var used = await usage.GetModelCallsAsync(userId, today, cancellationToken);
        var limitText = own is { } l ? $"{l} (set for this user)" : $"{options.Value.DailyModelCalls} (default)";
        await SayAsync($"User {userId}: {used} model calls today; daily limit {limitText}.", cancellationToken);
    }

    private Task SayAsync(string plain, CancellationToken cancellationToken) =>
        replies.DeliverAsync([StatusMessages.Problem(plain)], null, cancellationToken);
}
