using System.Globalization;
using System.Text;
using Gist.Core.Storage;
using Gist.Rendering;
using Gist.Telegram.Commands;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;
using Microsoft.Extensions.Options;

namespace Gist.Telegram.Access;

/// <summary>/stats (admins only): model calls today and ever (requests charged to a quota: those that reached the
/// model; admins are not counted), the heaviest users today, the inbox and the re-run queue.
/// Figures only: no setting, token or key is ever part of it.</summary>
public sealed class StatsCommandHandler(
    AccessGate gate,
    IUsageStore usage,
    IUpdateInbox inbox,
    IModelRerunStore reruns,
    IOptions<AccessOptions> options,
    ReplySender replies,
    TimeProvider time) : AdminCommandHandler(gate)
{
    protected override string Command => "stats";

    protected override async Task HandleAsync(UpdateContext context, CommandText command, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var totals = await usage.GetTotalsAsync(today, cancellationToken);
        var top = await usage.GetTopUsersAsync(today, 10, cancellationToken);
        var counts = await inbox.CountAsync(cancellationToken);
        var pendingReruns = await reruns.CountAsync(cancellationToken);

        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<b>Usage {today:yyyy-MM-dd} (UTC)</b>\n")
            .Append(CultureInfo.InvariantCulture, $"Model calls today: {totals.ModelCallsOnDay} by {totals.UsersOnDay} users\n")
            .Append(CultureInfo.InvariantCulture, $"Model calls ever: {totals.ModelCallsAllTime} by {totals.UsersAllTime} users\n")
            .Append(CultureInfo.InvariantCulture, $"Default daily quota: {options.Value.DailyModelCalls}\n\n")
            .Append("<b>Top users today</b>\n");
        foreach (var user in top)
        {
            text.Append(CultureInfo.InvariantCulture, $"<code>{user.UserId}</code>: {user.ModelCalls}\n");
        }

        if (top.Count == 0)
        {
            text.Append("none\n");
        }

        text.Append(CultureInfo.InvariantCulture,
            $"\n<b>Inbox</b>\npending {counts.Pending}, in progress {counts.InProgress}, done {counts.Done}, failed {counts.Failed}\n")
            .Append(CultureInfo.InvariantCulture, $"Replies waiting for a model re-run: {pendingReruns}");
        await replies.DeliverAsync([text.ToString()], null, cancellationToken);
    }
}
