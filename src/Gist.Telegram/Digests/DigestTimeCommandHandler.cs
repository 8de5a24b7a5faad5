using System.Globalization;
using Gist.Digests.Subscriptions;
using Gist.Telegram.Commands;
using Gist.Telegram.Handlers;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;

namespace Gist.Telegram.Digests;

/// <summary>/digest_time 08:00 (or 8pm, 8:30 PM…): the local time of the daily digest; a bad time gets a specific answer.</summary>
public sealed class DigestTimeCommandHandler(SubscriptionService service, ReplySender replies) : CommandHandler
{
    public override HandlerDescription Description { get; } = HandlerDescription.MenuCommand("digest_time", "When your daily digest comes (e.g. 08:00)", 80, group: HelpGroup.Digest, usage: "/digest_time 8pm");

    protected override async Task HandleAsync(UpdateContext context, CommandText command, CancellationToken cancellationToken)
    {
        if (command.Arguments.Trim().Length == 0)
        {
            var current = await service.EnsureSubscriberAsync(context.ChatId, cancellationToken);
            await replies.SayAsync(string.Create(CultureInfo.InvariantCulture, $"Your digest comes at {current.DigestTime:HH:mm} ({current.TimeZoneId}). To change it: {DigestTimeArgument.Examples}."), cancellationToken);
            return;
        }

        if (DigestTimeArgument.Parse(command.Arguments, out var problem) is not { } time)
        {
            await replies.SayAsync(problem, cancellationToken);
            return;
        }

        var subscriber = await service.UpdateScheduleAsync(context.ChatId, time, null, cancellationToken);
        await replies.SayAsync(DigestMessages.Schedule(subscriber), cancellationToken);
    }
}
