using System.Net;
using System.Net.Http.Headers;
using Gist.Core.Http;
using Gist.Extraction.Fetching;
using Microsoft.Extensions.Options;

namespace Gist.Digests.Feeds;

/// <summary>
/// Fetches feeds through the same safe HTTP client as links (<see cref="PageFetcher.HttpClientName"/>: its connect
/// callback refuses private addresses), with the same scheme, port and credential checks on every redirect hop,
/// the same byte cap and timeout. Adds what feeds need: conditional GET with If-None-Match / If-Modified-Since
/// (RFC 9110 §13.1) and the server's Retry-After (RFC 9110 §10.2.3) on 429 and 503.
/// </summary>
public sealed class FeedFetcher(IHttpClientFactory clients, IOptions<FetchOptions> options, TimeProvider time)
{
    private const string Accept = "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5";

    public async Task<FeedResponse> FetchAsync(Uri url, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var overall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        overall.CancelAfter(settings.Timeout);
        var client = clients.CreateClient(PageFetcher.HttpClientName);
        var current = url;
        try
        {
            for (var hop = 0; ; hop++)
            {
                Check(current, settings);
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.Accept.Clear();
                request.Headers.TryAddWithoutValidation("Accept", Accept);
                if (etag is not null)
                {
                    request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                }

                if (lastModified is not null)
                {
                    request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
                }

                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, overall.Token);
                var status = (int)response.StatusCode;
                if (status is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
                {
                    if (hop >= settings.MaxRedirects)
                    {
                        throw new FeedFetchException("The feed redirected too many times.", isTransient: false);
                    }

                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }

                if (response.StatusCode == HttpStatusCode.NotModified)
                {
                    return new FeedResponse(current, true, [], null, etag, lastModified);
                }

                if (!response.IsSuccessStatusCode)
                {
                    var transient = status is 408 or 429 or >= 500;
                    throw new FeedFetchException($"The feed answered {status} {response.ReasonPhrase}".TrimEnd() + ".", transient, RetryAfter(response.Headers.RetryAfter));
                }

                var body = await CappedBody.ReadAsync(response.Content, settings.MaxBytes, () => new FeedFetchException("The feed is too large.", isTransient: false), overall.Token);
                return new FeedResponse(current, false, body, response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant(),
                    response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"));
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FeedFetchException("The feed took too long to answer.", isTransient: true);
        }
        catch (HttpRequestException ex)
        {
            var refused = Unwrap(ex).OfType<AddressRefusedException>().Any();
            throw new FeedFetchException(refused ? "That address is not allowed." : $"Could not reach {current.Host}.", !refused, null, ex);
        }
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? date - time.GetUtcNow() : null;
    }

    private static void Check(Uri url, FetchOptions settings)
    {
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            throw new FeedFetchException("Only http and https feed addresses are allowed.", isTransient: false);
        }

        if (!settings.AllowedPorts.Contains(url.Port) || !string.IsNullOrEmpty(url.UserInfo))
        {
            throw new FeedFetchException($"That address is not allowed (port {url.Port}).", isTransient: false);
        }
    }

    private static IEnumerable<Exception> Unwrap(Exception ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
