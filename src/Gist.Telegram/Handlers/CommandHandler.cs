using Gist.Telegram.Commands;
using Gist.Telegram.Processing;

namespace Gist.Telegram.Handlers;

/// <summary>Base of the handlers of one command each.</summary>
public abstract class CommandHandler : IInputHandler
{
    /// <summary>Its command's name (without the slash, lower case), menu line and whether it costs a model call.</summary>
    public abstract HandlerDescription Description { get; }

    public bool CanHandle(UpdateContext context) =>
        context.Message?.Text is { } text
        && CommandText.Parse(text, context.Bot.Username) is { } command
        && command.Name == Description.Command;

    public Task HandleAsync(UpdateContext context, CancellationToken cancellationToken) =>
        HandleAsync(context, CommandText.Parse(context.Message!.Text!, context.Bot.Username)!, cancellationToken);

    protected abstract Task HandleAsync(UpdateContext context, CommandText command, CancellationToken cancellationToken);
}
