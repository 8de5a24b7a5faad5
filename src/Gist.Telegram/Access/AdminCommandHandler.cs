using Gist.Telegram.Commands;
using Gist.Telegram.Handlers;
using Gist.Telegram.Processing;

namespace Gist.Telegram.Access;

/// <summary>Base of the admin commands: only Access:AdminUserIds get them; to anyone else they are unknown commands.</summary>
public abstract class AdminCommandHandler(AccessGate gate) : IInputHandler
{
    protected abstract string Command { get; }

    /// <summary>Admin commands stay out of the menu and /help.</summary>
    public HandlerDescription Description => HandlerDescription.HiddenCommand(Command);

    public bool CanHandle(UpdateContext context) =>
        context.Message?.Text is { } text
        && CommandText.Parse(text, context.Bot.Username) is { } command
        && command.Name == Command
        && gate.IsAdmin(AccessGate.UserOf(context));

    public Task HandleAsync(UpdateContext context, CancellationToken cancellationToken) =>
        HandleAsync(context, CommandText.Parse(context.Message!.Text!, context.Bot.Username)!, cancellationToken);

    protected abstract Task HandleAsync(UpdateContext context, CommandText command, CancellationToken cancellationToken);
}
