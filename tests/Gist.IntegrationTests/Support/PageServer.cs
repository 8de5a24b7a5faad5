using System.Text;
using Gist.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace Gist.IntegrationTests.Support;

/// <summary>A news site on 127.0.0.1: an Arabic article page (also as a subscribers-only page), a 404, and a PNG, for the link tests.</summary>
public sealed class PageServer : IAsyncDisposable
{
    private readonly LoopbackHost host;

    private PageServer(LoopbackHost host) => this.host = host;

    public string BaseUrl => host.BaseUrl;

    public int Port => new Uri(host.BaseUrl).Port;

    public static async Task<PageServer> StartAsync(string articleText)
    {
        var paragraphs = articleText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var body = string.Join('\n', paragraphs.Skip(1).Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p)}</p>"));
        var page = $"""
            <!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
            <title>{System.Net.WebUtility.HtmlEncode(paragraphs[0])} - روسيا اليوم</title>
            <meta property="og:site_name" content="RT Arabic"><meta property="article:published_time" content="2023-11-09T08:00:00Z">
            </head><body><nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav>
            <article><h1>{System.Net.WebUtility.HtmlEncode(paragraphs[0])}</h1>{body}</article>
            <aside class="related"><h3>إقرأ أيضاً</h3><ul><li><a href="/x">صواريخنا قادرة على الوصول للبرّ الرئيسي بأمريكا</a></li></ul></aside>
            </body></html>
            """;
        // The same page marked as paywalled content (schema.org isAccessibleForFree: false).
        var paywalled = page.Replace("<head>", """<head><script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false}</script>""", StringComparison.Ordinal);
        var host = await LoopbackHost.StartAsync(_ => async context =>
        {
            switch (context.Request.Path.Value)
            {
                case "/news/seoul":
                    context.Response.ContentType = "text/html; charset=utf-8";
                    await context.Response.WriteAsync(page, Encoding.UTF8);
                    break;
                case "/news/seoul-subscribers":
                    context.Response.ContentType = "text/html; charset=utf-8";
                    await context.Response.WriteAsync(paywalled, Encoding.UTF8);
                    break;
                case "/image.png":
                    context.Response.ContentType = "image/png";
                    await context.Response.Body.WriteAsync(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0 });
                    break;
                default:
                    context.Response.StatusCode = 404;
                    break;
            }
        });
        return new PageServer(host);
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
