using Gist.Telegram.Receiving;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gist.Telegram.Operations;

/// <summary><c>/metrics</c>: the bot's OpenTelemetry metrics in Prometheus' text format.</summary>
public sealed class MetricsRoutes(MetricsScrape scrape) : IListenerRoutes
{
    // Typed as returning the result: an expression lambda over HttpContext would otherwise bind as a
    // RequestDelegate and the result would be dropped.
    public void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/metrics", (Func<HttpContext, Task<IResult>>)(async http =>
            Results.Text(await scrape.CollectAsync(http.RequestAborted), "text/plain; version=0.0.4; charset=utf-8")));
}
