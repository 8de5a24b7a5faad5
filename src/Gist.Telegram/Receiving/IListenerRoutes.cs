using Microsoft.AspNetCore.Routing;

namespace Gist.Telegram.Receiving;

/// <summary>Routes served on the bot's HTTP listener besides the webhook (health, metrics, the Mini App).</summary>
public interface IListenerRoutes
{
    void Map(IEndpointRouteBuilder routes);
}
