using Microsoft.AspNetCore.Routing;

namespace Gist.Telegram.Operations;

/// <summary>Routes served on the bot's HTTP listener besides the webhook (health, metrics).</summary>
public interface IListenerRoutes
{
    void Map(IEndpointRouteBuilder routes);
}
