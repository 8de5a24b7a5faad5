using Gist.Telegram.Receiving;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gist.Telegram.Operations;

/// <summary>
/// <c>/healthz</c>: the process is alive and serving (liveness: restart it when this fails). <c>/readyz</c>: it
/// should get updates now (readiness: route around it while 503), with the findings as JSON.
/// </summary>
public sealed class HealthRoutes(ReadinessProbe probe) : IListenerRoutes
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz", () => Results.Text("ok\n"));
        routes.MapGet("/readyz", (Func<HttpContext, Task<IResult>>)(async http =>
        {
            var report = await probe.CheckAsync(http.RequestAborted);
            return Results.Json(
                new { status = report.Ready ? "ready" : "not ready", instance = report.Instance, checks = report.Checks, pendingUpdates = report.PendingUpdates },
                statusCode: report.Ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }));
    }
}
