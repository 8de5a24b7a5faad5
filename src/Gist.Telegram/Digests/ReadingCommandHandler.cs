using Gist.Digests.Subscriptions;
using Gist.Telegram.Commands;
using Gist.Telegram.Handlers;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;

namespace Gist.Telegram.Digests;

/// <summary>/reading on|off: include the articles you sent that day as a "your reading" section.</summary>
public sealed class ReadingCommandHandler(SubscriptionService service, ReplySender replies) : CommandHandler
{
    public override HandlerDescription Description { get; } = HandlerDescription.MenuCommand("reading", "Your own articles in the digest: on or off", 110, group: HelpGroup.Digest, usage: "/reading on");

    protected override async Task HandleAsync(UpdateContext context, CommandText command, CancellationToken cancellationToken)
    {
        var argument = command.Arguments.Trim().ToLowerInvariant();
        if (argument is not ("on" or "off"))
        {
            var current = await service.EnsureSubscriberAsync(context.ChatId, cancellationToken);
            var state = $"\"Your reading\" in the digest is {(current.IncludeReading ? "on" : "off")}. Use /reading on or /reading off.";
            var original = command.Arguments.Trim();
            await replies.SayAsync(original.Length == 0 ? state : $"I don't understand \"{(original.Length > 20 ? original[..20] + "…" : original)}\". {state}", cancellationToken);
            return;
        }

        await service.SetReadingAsync(context.ChatId, argument == "on", cancellationToken);
        await replies.SayAsync(argument == "on" ? "Your digest will list the articles you sent me that day." : "Your digest will not list the articles you sent me.", cancellationToken);
    }
}
