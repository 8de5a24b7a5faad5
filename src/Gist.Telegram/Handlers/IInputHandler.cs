using Gist.Telegram.Processing;

namespace Gist.Telegram.Handlers;

/// <summary>
/// Handles one kind of input (a command, a link, a forwarded post…). The dispatcher asks the handlers by their
/// <see cref="HandlerDescription.Order"/>, then registration order, and gives the update to the first that accepts it.
/// </summary>
public interface IInputHandler
{
    /// <summary>Its order, its command and menu line if any, and whether it costs a model call.</summary>
    HandlerDescription Description { get; }

    bool CanHandle(UpdateContext context);

    Task HandleAsync(UpdateContext context, CancellationToken cancellationToken);
}
