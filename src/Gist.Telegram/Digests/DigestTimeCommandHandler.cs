using System.Globalization;
using Gist.Digests.Subscriptions;
using Gist.Telegram.Commands;
using Gist.Telegram.Handlers;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;

namespace Gist.Telegram.Digests;

/// <summary>/digest_time HH:MM: the local time of the daily digest.</summary>
public sealed class DigestTimeCommandHandler(SubscriptionService service, ReplySender replies) : CommandHandler
{
    private static readonly string[] Formats = ["H:mm", "HH:mm", "H", "HH", "h:mmtt", "htt", "h:mm tt", "h tt"];

    public override HandlerDescription Description { get; } = HandlerDescription.MenuCommand("digest_time", "When your daily digest comes (e.g. 08:00)", 80);

    protected override async Task HandleAsync(UpdateContext context, CommandText command, CancellationToken cancellationToken)
    {
        if (!TimeOnly.TryParseExact(command.Arguments.Trim().ToUpperInvariant(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            var current = await service.EnsureSubscriberAsync(context.ChatId, cancellationToken);
            await replies.SayAsync($"Your digest comes at {current.DigestTime:HH:mm} ({current.TimeZoneId}). To change: /digest_time 07:30", cancellationToken);
            return;
        }

        var subscriber = await service.UpdateScheduleAsync(context.ChatId, new TimeOnly(time.Hour, time.Minute), null, cancellationToken);
        await replies.SayAsync(DigestMessages.Schedule(subscriber), cancellationToken);
    }
}
