using System.Collections.Concurrent;
using System.Text;
using Gist.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace Gist.IntegrationTests.Digests;

/// <summary>Feeds on 127.0.0.1: documents by path, with an ETag each, answering 304 to a matching If-None-Match.</summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, (string ContentType, string Body)> documents = new(StringComparer.Ordinal);
    private LoopbackHost? host;

    public ConcurrentQueue<(string Path, int Status)> Requests { get; } = new();

    public string BaseUrl => host!.BaseUrl;

    public int Port => new Uri(BaseUrl).Port;

    public void Set(string path, string contentType, string body) => documents[path] = (contentType, body);

    public static async Task<FeedServer> StartAsync()
    {
        var server = new FeedServer();
        server.host = await LoopbackHost.StartAsync(_ => server.HandleAsync);
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (!documents.TryGetValue(path, out var document))
        {
            context.Response.StatusCode = 404;
            Requests.Enqueue((path, 404));
            return;
        }

        var etag = "\"" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(document.Body)))[..16] + "\"";
        if (context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            context.Response.StatusCode = 304;
            Requests.Enqueue((path, 304));
            return;
        }

        context.Response.Headers.ETag = etag;
        context.Response.ContentType = document.ContentType;
        Requests.Enqueue((path, 200));
        await context.Response.WriteAsync(document.Body);
    }

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
