using Microsoft.AspNetCore.Routing;

namespace Gist.Telegram.Receiving;

/// <summary>More endpoints on the bot's HTTP listener (<see cref="WebhookListener"/>), such as the Mini App's.</summary>
public interface IListenerEndpoints
{
    void Map(IEndpointRouteBuilder routes);
}
