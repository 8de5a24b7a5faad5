using Gist.Telegram.Operations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gist.Telegram.Receiving;

/// <summary>
/// The bot's HTTP listener: a Kestrel listener of its own (a slim WebApplication, apart from the bot's host) on
/// Telegram:WebhookListenUrl. In webhook mode it has POST on Telegram:WebhookUrl's path, which only writes to the
/// inbox (<see cref="WebhookEndpoint"/>); in either mode it serves the <see cref="IListenerRoutes"/> (health,
/// metrics, the Mini App). In polling mode it runs only when Telegram:WebhookListenUrl or Web:PublicUrl is set. Any
/// other path is 404; another method on a path is 405. It logs through the bot's own logging.
/// </summary>
public sealed class WebhookListener(
    IEnumerable<IListenerRoutes> routes,
    IOptions<TelegramOptions> options,
    IServiceProvider services,
    ILoggerFactory loggerFactory,
    ILogger<WebhookListener> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var endpoint = settings.Mode == ReceivingMode.Webhook ? services.GetRequiredService<WebhookEndpoint>() : null;
        var path = endpoint is null ? null : new Uri(settings.WebhookUrl!).AbsolutePath;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        // Telegram:WebhookListenUrl wins over ASPNETCORE_URLS / ASPNETCORE_HTTP_PORTS (the Dockerfile empties the
        // latter, which the aspnet image sets, to spare a warning at each start).
        builder.WebHost.UseUrls(settings.WebhookListenUrl);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = WebhookEndpoint.MaxBodyBytes;
        });

        var web = builder.Build();
        if (endpoint is not null)
        {
            web.MapPost(path!, (Func<HttpContext, Task<IResult>>)endpoint.HandleAsync);
        }

        foreach (var route in routes)
        {
            route.Map(web);
        }

        try
        {
            await web.StartAsync(cancellationToken);
        }
        catch
        {
            // The address is taken or not bindable: the bot does not start, and the half-built server goes.
            await web.DisposeAsync();
            throw;
        }

        app = web;
        logger.LogInformation("HTTP listener on {ListenUrl}: {Paths}", settings.WebhookListenUrl,
            string.Join(", ", ((IEndpointRouteBuilder)web).DataSources.SelectMany(d => d.Endpoints).Select(e => e.DisplayName)));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (app is not null)
        {
            // Calls in flight finish (their updates are in the inbox or answered 500); new ones are refused, and
            // Telegram keeps them until the next start.
            await app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
            app = null;
        }
    }
}
