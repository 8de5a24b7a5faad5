using System.Diagnostics;
using System.Net;
using System.Text;
using Gist.Telegram.Receiving;

namespace Gist.Benchmarks.Instances;

/// <summary>What Telegram does on a webhook: POST the update as JSON with the secret header; timed to the answer.</summary>
public sealed class WebhookPoster : IDisposable
{
    private readonly HttpClient http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };

    private readonly string secret;

    public WebhookPoster(string secret) => this.secret = secret;

    /// <summary>Posts one update; returns its status (0 when the call itself failed) and the time to the answer.</summary>
    public async Task<(HttpStatusCode Status, TimeSpan Elapsed)> PostAsync(string url, string json, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookEndpoint.SecretHeader, secret);
        long started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return (response.StatusCode, Stopwatch.GetElapsedTime(started));
        }
        catch (HttpRequestException)
        {
            return (0, Stopwatch.GetElapsedTime(started));
        }
    }

    public async Task<bool> IsHealthyAsync(string listenUrl, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(listenUrl + "/healthz", cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public void Dispose() => http.Dispose();
}
