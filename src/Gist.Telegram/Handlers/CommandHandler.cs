using Gist.Telegram.Commands;
using Gist.Telegram.Processing;

namespace Gist.Telegram.Handlers;

/// <summary>Base of the handlers of one command each.</summary>
public abstract class CommandHandler : IUpdateHandler
{
    /// <summary>The command's name without the slash, lower case.</summary>
    protected abstract string Command { get; }

    public int Order => HandlerOrder.Commands;

    public bool CanHandle(UpdateContext context) =>
        context.Message?.Text is { } text
        && CommandText.Parse(text, context.Bot.Username) is { } command
        && command.Name == Command;

    public Task HandleAsync(UpdateContext context, CancellationToken cancellationToken) =>
        HandleAsync(context, CommandText.Parse(context.Message!.Text!, context.Bot.Username)!, cancellationToken);

    protected abstract Task HandleAsync(UpdateContext context, CommandText command, CancellationToken cancellationToken);
}
