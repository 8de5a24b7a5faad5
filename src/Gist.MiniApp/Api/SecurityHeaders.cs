using Microsoft.AspNetCore.Http;

namespace Gist.MiniApp.Api;

/// <summary>
/// Headers on every Mini App response. The Content Security Policy allows only the app's own script, style and API
/// (no inline script, no third party); Telegram's web clients may frame the page, nobody else.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'self' https://web.telegram.org https://webk.telegram.org https://webz.telegram.org";

    public static void Apply(HttpResponse response, bool cacheable)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers.CacheControl = cacheable ? "no-cache" : "no-store";
    }
}
