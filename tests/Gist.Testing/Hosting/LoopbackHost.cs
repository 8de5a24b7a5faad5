using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gist.Testing.Hosting;

/// <summary>
/// A bare Kestrel server on 127.0.0.1 with a free port, one request delegate, no logging providers,
/// no configuration files and no routing: the fakes parse their own paths, which keeps them fast enough
/// for benchmarks that send thousands of requests.
/// </summary>
public sealed class LoopbackHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly CancellationTokenSource stopping = new();
    private int disposed;

    private LoopbackHost(WebApplication app, string baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>Scheme, host and port, without a trailing slash, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>Cancelled when the host is disposed, so hanging requests end with the server.</summary>
    public CancellationToken Stopping => this.stopping.Token;

    public static async Task<LoopbackHost> StartAsync(
        Func<LoopbackHost, RequestDelegate> handlerFactory, CancellationToken cancellationToken = default)
    {
        // The empty builder adds no configuration sources (no file watchers) and no log providers.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 64 * 1024 * 1024;
        });
        var app = builder.Build();
        var holder = new HandlerHolder();
        // The handler needs the host (for its stopping token), so it is attached right after start;
        // nobody knows the port before then.
        app.Run(context => holder.Handler is { } handler ? handler(context) : Task.CompletedTask);
        await app.StartAsync(cancellationToken);

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        var address = addresses.Addresses.First().TrimEnd('/');
        var host = new LoopbackHost(app, address);
        holder.Handler = handlerFactory(host);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref this.disposed, 1) == 1)
        {
            return;
        }

        await this.stopping.CancelAsync();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await this.app.StopAsync(timeout.Token);
        }

        await this.app.DisposeAsync();
        this.stopping.Dispose();
    }

    private sealed class HandlerHolder
    {
        public RequestDelegate? Handler { get; set; }
    }
}
