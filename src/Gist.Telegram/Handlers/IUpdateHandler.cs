using Gist.Telegram.Processing;

namespace Gist.Telegram.Handlers;

/// <summary>
/// Handles one kind of input (a command, a link, a forwarded post…). The dispatcher asks the handlers in their
/// registration order and gives the update to the first that accepts it.
/// </summary>
public interface IUpdateHandler
{
    bool CanHandle(UpdateContext context);

    Task HandleAsync(UpdateContext context, CancellationToken cancellationToken);
}
