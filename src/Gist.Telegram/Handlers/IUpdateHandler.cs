using Gist.Telegram.Processing;

namespace Gist.Telegram.Handlers;

/// <summary>
/// Handles one kind of input (a command, a link, a forwarded post…). The dispatcher asks the handlers by
/// <see cref="Order"/>, then registration order, and gives the update to the first that accepts it.
/// </summary>
public interface IUpdateHandler
{
    /// <summary>Lower runs first. Commands and buttons use <see cref="HandlerOrder.Commands"/>; catch-alls run last.</summary>
    int Order => HandlerOrder.Content;

    bool CanHandle(UpdateContext context);

    Task HandleAsync(UpdateContext context, CancellationToken cancellationToken);
}
