using Gist.Digests.Scheduling;
using Gist.Digests.Subscriptions;
using Gist.Telegram.Commands;
using Gist.Telegram.Handlers;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;

namespace Gist.Telegram.Digests;

/// <summary>/timezone &lt;IANA zone, city or UTC offset&gt;.</summary>
public sealed class TimezoneCommandHandler(SubscriptionService service, ReplySender replies) : CommandHandler
{
    public override HandlerDescription Description { get; } = HandlerDescription.MenuCommand("timezone", "Your time zone (Asia/Riyadh, a city, or UTC+3)", 90, group: HelpGroup.Digest, usage: "/timezone Cairo");

    protected override async Task HandleAsync(UpdateContext context, CommandText command, CancellationToken cancellationToken)
    {
        if (!ZoneResolver.TryResolve(command.Arguments, out _, out var id))
        {
            var hint = command.Arguments.Length == 0 ? "" : $"I don't know the time zone \"{command.Arguments}\". ";
            await replies.SayAsync(hint + "Use a zone name (/timezone Asia/Riyadh), a city (/timezone Cairo) or an offset (/timezone UTC+3).", cancellationToken);
            return;
        }

        var subscriber = await service.UpdateScheduleAsync(context.ChatId, null, id, cancellationToken);
        await replies.SayAsync(DigestMessages.Schedule(subscriber), cancellationToken);
    }
}
