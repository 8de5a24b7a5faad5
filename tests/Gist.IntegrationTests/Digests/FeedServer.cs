using System.Collections.Concurrent;
using System.Text;
using Gist.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace Gist.IntegrationTests.Digests;

/// <summary>
/// Feeds on 127.0.0.1: documents by path, each with an ETag (answering 304 to a matching If-None-Match) or, when
/// <see cref="UseLastModified"/>, a Last-Modified date (answering 304 to an If-Modified-Since not older); a path can be
/// made to fail with a status and an optional Retry-After.
/// </summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, (string ContentType, string Body, DateTimeOffset Modified)> documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (int Status, string? RetryAfter)> failures = new(StringComparer.Ordinal);
    private LoopbackHost? host;

    public ConcurrentQueue<(string Path, int Status, string? IfNoneMatch, string? IfModifiedSince)> Requests { get; } = new();

    public string BaseUrl => host!.BaseUrl;

    public int Port => new Uri(BaseUrl).Port;

    /// <summary>Validate with Last-Modified / If-Modified-Since instead of ETag / If-None-Match.</summary>
    public bool UseLastModified { get; set; }

    public void Set(string path, string contentType, string body, DateTimeOffset? modified = null) =>
        documents[path] = (contentType, body, modified ?? new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public void Fail(string path, int status, string? retryAfter = null) => failures[path] = (status, retryAfter);

    public void Recover(string path) => failures.TryRemove(path, out _);

    public static async Task<FeedServer> StartAsync()
    {
        var server = new FeedServer();
        server.host = await LoopbackHost.StartAsync(_ => server.HandleAsync);
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var ifNoneMatch = context.Request.Headers.IfNoneMatch.ToString();
        var ifModifiedSince = context.Request.Headers.IfModifiedSince.ToString();
        void Record(int status) => Requests.Enqueue((path, status, ifNoneMatch.Length > 0 ? ifNoneMatch : null, ifModifiedSince.Length > 0 ? ifModifiedSince : null));
        if (failures.TryGetValue(path, out var failure))
        {
            context.Response.StatusCode = failure.Status;
            if (failure.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = failure.RetryAfter;
            }

            Record(failure.Status);
            return;
        }

        if (!documents.TryGetValue(path, out var document))
        {
            context.Response.StatusCode = 404;
            Record(404);
            return;
        }

        var etag = "\"" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(document.Body)))[..16] + "\"";
        var notModified = UseLastModified
            ? DateTimeOffset.TryParse(ifModifiedSince, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since) && document.Modified <= since
            : ifNoneMatch == etag;
        if (notModified)
        {
            context.Response.StatusCode = 304;
            Record(304);
            return;
        }

        if (UseLastModified)
        {
            context.Response.Headers.LastModified = document.Modified.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            context.Response.Headers.ETag = etag;
        }

        context.Response.ContentType = document.ContentType;
        Record(200);
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
