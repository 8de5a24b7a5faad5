using Gist.Telegram.Commands;
using Gist.Telegram.Processing;
using Gist.Telegram.Sending;

namespace Gist.Telegram.Handlers;

/// <summary>A command the bot does not have: say so and point to /help, instead of summarizing "/foo" as text.</summary>
public sealed class UnknownCommandHandler(ReplySender replies) : IInputHandler
{
    public HandlerDescription Description { get; } = HandlerDescription.Input(HandlerOrder.UnknownCommand, costsModelCall: false);

    public bool CanHandle(UpdateContext context) =>
        context.Message?.Text is { } text && CommandText.Parse(text, context.Bot.Username) is not null;

    public async Task HandleAsync(UpdateContext context, CancellationToken cancellationToken)
    {
        var command = CommandText.Parse(context.Message!.Text!, context.Bot.Username)!;
        await replies.SayAsync($"I don't know the command /{command.Name}. /help lists what I can do.", cancellationToken);
    }
}
