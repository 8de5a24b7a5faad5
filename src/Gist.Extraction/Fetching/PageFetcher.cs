using System.Net;
using System.Net.Http.Headers;
using Gist.Core.Articles;
using Gist.Core.Http;
using Microsoft.Extensions.Options;

namespace Gist.Extraction.Fetching;

/// <summary>
/// Fetches a user-supplied URL safely: http/https on allowed ports only, redirects followed here (each hop
/// re-checked, at most MaxRedirects), a byte cap after decompression, an overall timeout and a content-type
/// allowlist. Every failure is an <see cref="ArticleUnavailableException"/> with a sentence for the user.
/// </summary>
public sealed class PageFetcher(IHttpClientFactory clients, IOptions<FetchOptions> options)
{
    public const string HttpClientName = "Gist.Extraction.Fetch";

    private static readonly string[] AllowedMediaTypes = ["text/html", "application/xhtml+xml", "text/plain", "application/pdf"];

    public async Task<FetchedPage> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var overall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        overall.CancelAfter(settings.Timeout);
        var client = clients.CreateClient(HttpClientName);
        var current = url;
        try
        {
            for (var hop = 0; ; hop++)
            {
                CheckUrl(current, settings);
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, overall.Token);
                if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                {
                    if (hop >= settings.MaxRedirects)
                    {
                        throw new ArticleUnavailableException(ArticleUnavailableReason.HttpError, UserMessages.TooManyRedirects);
                    }

                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    var code = (int)response.StatusCode;
                    var reason = code >= 500 ? ArticleUnavailableReason.NetworkError : ArticleUnavailableReason.HttpError;
                    throw new ArticleUnavailableException(reason, UserMessages.HttpStatus(code, response.ReasonPhrase));
                }

                var contentType = response.Content.Headers.ContentType;
                var mediaType = contentType?.MediaType?.ToLowerInvariant();
                if (mediaType is not null && !AllowedMediaTypes.Contains(mediaType))
                {
                    throw new ArticleUnavailableException(ArticleUnavailableReason.UnsupportedContent, UserMessages.NotAnArticle(mediaType));
                }

                var body = await CappedBody.ReadAsync(
                    response.Content, settings.MaxBytes, () => new ArticleUnavailableException(ArticleUnavailableReason.TooLarge, UserMessages.TooLarge(settings.MaxBytes)), overall.Token);
                return new FetchedPage(current, body, mediaType, contentType?.CharSet?.Trim('"', '\''));
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ArticleUnavailableException(ArticleUnavailableReason.Timeout, UserMessages.Timeout);
        }
        catch (HttpRequestException ex)
        {
            throw Translate(ex, current);
        }
    }

    private static void CheckUrl(Uri url, FetchOptions settings)
    {
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            throw new ArticleUnavailableException(ArticleUnavailableReason.AddressNotAllowed, UserMessages.SchemeNotAllowed(url.IsAbsoluteUri ? url.Scheme : "a relative link"));
        }

        if (!settings.AllowedPorts.Contains(url.Port))
        {
            throw new ArticleUnavailableException(ArticleUnavailableReason.AddressNotAllowed, UserMessages.PortNotAllowed(url.Port));
        }

        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            // Credentials in a link are a phishing device and would be sent to the server.
            throw new ArticleUnavailableException(ArticleUnavailableReason.AddressNotAllowed, UserMessages.AddressNotAllowed);
        }
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static ArticleUnavailableException Translate(HttpRequestException ex, Uri url)
    {
        for (Exception? inner = ex; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case AddressRefusedException:
                    return new ArticleUnavailableException(ArticleUnavailableReason.AddressNotAllowed, UserMessages.AddressNotAllowed, ex);
                case TimeoutException:
                    return new ArticleUnavailableException(ArticleUnavailableReason.Timeout, UserMessages.Timeout, ex);
            }
        }

        return new ArticleUnavailableException(ArticleUnavailableReason.NetworkError, UserMessages.Unreachable(url.Host), ex);
    }
}
